package ru.trajectory.organizations.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;

/**
 * The organizations API and the API plumbing (tokens, problem details, paging, health) as an
 * integration sees them, against the demo region. One class, because each deployment costs a
 * server start. Tests that write create their own schools, agreements and logins, with names
 * unique to the run, so that they hold in any order.
 */
@ExtendWith(ArquillianExtension.class)
class OrganizationsApiIT {

    private static final String CSV = "text/csv; charset=UTF-8";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String HEADER = "login;lastName;firstName;middleName;email;schoolId;position;subjects;"
            + "experienceYears;roles\n";

    /** Unique per run, so that names and logins created here never meet an earlier run's. */
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** Signing in costs a PBKDF2 hash; one token per demo login is enough for the class. */
    private static final Map<String, ApiClient> CLIENTS = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- tokens and the caller

    @Test
    void tokenIsIssuedForRightCredentialsAndRefusedForWrongOrMissingOnes() {
        ApiClient anonymous = new ApiClient(base);
        Instant before = Instant.now();
        Response ok = anonymous.post("api/v1/auth/token", Json.createObjectBuilder()
                .add("login", "director").add("password", "trajectory-demo").build());
        assertEquals(200, ok.status(), ok.body());
        assertTrue(ok.contentType().startsWith("application/json"), ok.contentType());
        assertTrue(ok.json().getString("token").length() >= 40, ok.body());
        Instant expiresAt = Instant.parse(ok.json().getString("expiresAt"));
        assertTrue(ok.json().getString("expiresAt").endsWith("Z"), "UTC instant: " + ok.body());
        Duration lifetime = Duration.between(before, expiresAt);
        assertTrue(lifetime.compareTo(Duration.ofHours(8).minusMinutes(1)) > 0
                && lifetime.compareTo(Duration.ofHours(8).plusMinutes(1)) < 0, "8 h token: " + lifetime);
        assertEquals("no-store", ok.header("Cache-Control"));

        String login = "org.wrongpw." + RUN;
        TestAccounts.teacher(login, "right-password-" + RUN, TestAccounts.schoolOf("teacher"));
        Response wrong = anonymous.post("api/v1/auth/token", Json.createObjectBuilder()
                .add("login", login).add("password", "not-the-password").build());
        assertProblem(wrong, 401);
        assertEquals("Неверный логин или пароль", wrong.json().getString("detail"));
        assertFalse(wrong.json().containsKey("token"));

        Response missing = anonymous.post("api/v1/auth/token", Json.createObjectBuilder().build());
        assertProblem(missing, 400);
        assertEquals(Map.of("login", "Укажите логин", "password", "Укажите пароль"), fieldErrors(missing));

        Response malformed = anonymous.postRaw("api/v1/auth/token", "application/json", "{\"login\": \"director\",");
        assertProblem(malformed, 400);
        assertEquals("Некорректный JSON в теле запроса", malformed.json().getString("detail"));
    }

    @Test
    void meShowsTheDirectorAsSchoolAdminOfTheirSchool() {
        Response me = as("director").get("api/v1/me");
        assertEquals(200, me.status(), me.body());
        JsonObject json = me.json();
        assertEquals("director", json.getString("login"));
        assertEquals(Long.toString(TestAccounts.personOf("director")), json.getString("personId"));
        assertTrue(json.getString("fullName").matches("[А-ЯЁ][а-яё-]+ [А-ЯЁ][а-яё]+.*"), json.toString());
        String school = Long.toString(TestAccounts.schoolOf("director"));
        assertTrue(json.getJsonArray("roles").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("role").equals("SCHOOL_ADMIN") && r.getString("scopeType").equals("SCHOOL")
                        && r.getString("scopeId").equals(school)), json.toString());
    }

    @Test
    void requestsWithoutAValidTokenAre401Problems() {
        Response none = new ApiClient(base).get("api/v1/me");
        assertProblem(none, 401);
        assertEquals("Bearer", none.header("WWW-Authenticate"));
        Response forged = new ApiClient(base).withToken("not-a-token-" + RUN).get("api/v1/schools");
        assertProblem(forged, 401);
    }

    // ---------------------------------------------------------------- territory reads and JAX-RS refusals

    @Test
    void territoryListsArePagedWithStringIdsAndOversizedPagesAreRefused() {
        ApiClient teacher = as("teacher");
        Response regions = teacher.get("api/v1/regions");
        assertEquals(200, regions.status(), regions.body());
        assertTrue(regions.json().getJsonNumber("total").longValue() >= 1);
        String regionId = regions.json().getJsonArray("items").getJsonObject(0).getString("id");

        Response municipalities = teacher.get("api/v1/municipalities?regionId=" + regionId + "&size=200");
        assertEquals(200, municipalities.status(), municipalities.body());
        JsonArray mItems = municipalities.json().getJsonArray("items");
        assertTrue(mItems.size() >= 10, "the demo region has 10 municipalities: " + mItems.size());
        assertEquals(mItems.size(), municipalities.json().getInt("total"));
        mItems.forEach(m -> assertEquals(regionId, m.asJsonObject().getString("regionId")));

        String municipalityId = mItems.getJsonObject(0).getString("id");
        Response all = teacher.get("api/v1/schools?municipalityId=" + municipalityId + "&size=200");
        int total = all.json().getInt("total");
        assertTrue(total >= 3, "schools of a demo municipality: " + total);
        assertEquals(total, all.json().getJsonArray("items").size());
        Response page0 = teacher.get("api/v1/schools?municipalityId=" + municipalityId + "&page=0&size=2");
        Response page1 = teacher.get("api/v1/schools?municipalityId=" + municipalityId + "&page=1&size=2");
        assertEquals(2, page0.json().getJsonArray("items").size());
        assertEquals(total, page1.json().getInt("total"));
        assertEquals(ids(all.json().getJsonArray("items")).subList(2, 4), ids(page1.json().getJsonArray("items")));
        JsonObject school = page0.json().getJsonArray("items").getJsonObject(0);
        assertEquals(municipalityId, school.getString("municipalityId"));
        assertEquals(regionId, school.getString("regionId"));
        assertTrue(Set.of("CITY", "RURAL").contains(school.getString("settlement")), school.toString());

        Response oversized = teacher.get("api/v1/schools?size=500");
        assertProblem(oversized, 400);
        assertEquals(Map.of("size", "Размер страницы — от 1 до 200"), fieldErrors(oversized));
        Response badFilter = teacher.get("api/v1/schools?regionId=abc");
        assertProblem(badFilter, 400);
        assertTrue(fieldErrors(badFilter).containsKey("regionId"), badFilter.body());
    }

    @Test
    void unknownIdsPathsMethodsAndContentTypesAreProblemsInRussian() {
        ApiClient teacher = as("teacher");
        assertProblem(teacher.get("api/v1/schools/abc"), 404);
        Response missing = teacher.get("api/v1/schools/999999999");
        assertProblem(missing, 404);
        assertEquals("Школа не найдена", missing.json().getString("detail"));
        Response nowhere = teacher.get("api/v1/no-such-thing");
        assertProblem(nowhere, 404);
        assertEquals("Нет такого ресурса", nowhere.json().getString("detail"));
        Response method = teacher.delete("api/v1/regions");
        assertProblem(method, 405);
        Response type = teacher.postRaw("api/v1/schools", "text/plain", "name=Школа");
        assertProblem(type, 415);
        assertEquals("Неподдерживаемый тип содержимого", type.json().getString("title"));
    }

    // ---------------------------------------------------------------- territory writes

    @Test
    void regionalOperatorCreatesASchoolAndSetsItsProgramYearFlags() {
        ApiClient regional = as("regional");
        String regionId = scopeOf(regional, "REGIONAL_OPERATOR");
        String municipalityId = regional.get("api/v1/municipalities?regionId=" + regionId)
                .json().getJsonArray("items").getJsonObject(1).getString("id");
        String name = "МБОУ «Тестовая школа " + unique() + "»";
        Response created = regional.post("api/v1/schools", Json.createObjectBuilder()
                .add("municipalityId", municipalityId).add("name", name).add("shortName", "Тестовая")
                .add("settlement", "RURAL").add("address", "с. Тестовое, ул. Школьная, 1").build());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/schools/" + id), created.header("Location"));
        assertEquals(name, created.json().getString("name"));
        assertEquals("RURAL", created.json().getString("settlement"));
        assertEquals(municipalityId, created.json().getString("municipalityId"));

        Response read = regional.get("api/v1/schools/" + id);
        assertEquals(200, read.status());
        assertEquals("с. Тестовое, ул. Школьная, 1", read.json().getString("address"));
        assertTrue(read.json().getJsonArray("programYears").isEmpty());

        Response flags = regional.put("api/v1/schools/" + id + "/program-years/2026", Json.createObjectBuilder()
                .add("lowResults", true).add("adverseConditions", true).build());
        assertEquals(200, flags.status(), flags.body());
        assertEquals(Json.createObjectBuilder().add("year", 2026).add("lowResults", true)
                .add("adverseConditions", true).add("highResults", false).build(), flags.json());

        Response contradictory = regional.put("api/v1/schools/" + id + "/program-years/2026", Json.createObjectBuilder()
                .add("lowResults", true).add("highResults", true).build());
        assertProblem(contradictory, 400);
        assertEquals(Map.of("highResults", "Школа с высокими результатами не может одновременно быть ШНОР или ШНСУ"),
                fieldErrors(contradictory));
        JsonArray years = regional.get("api/v1/schools/" + id).json().getJsonArray("programYears");
        assertEquals(1, years.size());
        assertEquals(flags.json(), years.getJsonObject(0), "the refused change left the flags as they were");

        Response badSettlement = regional.post("api/v1/schools", Json.createObjectBuilder()
                .add("municipalityId", municipalityId).add("name", name + " 2").add("settlement", "TOWN").build());
        assertProblem(badSettlement, 400);
        assertEquals(Set.of("settlement"), fieldErrors(badSettlement).keySet());
    }

    @Test
    void aTeacherCannotCreateASchool() {
        ApiClient teacher = as("teacher");
        String municipalityId = teacher.get("api/v1/municipalities").json().getJsonArray("items")
                .getJsonObject(0).getString("id");
        int before = teacher.get("api/v1/schools?municipalityId=" + municipalityId).json().getInt("total");
        Response r = teacher.post("api/v1/schools", Json.createObjectBuilder()
                .add("municipalityId", municipalityId).add("name", "Школа учителя " + unique())
                .add("settlement", "CITY").build());
        assertProblem(r, 403);
        assertEquals(before, teacher.get("api/v1/schools?municipalityId=" + municipalityId).json().getInt("total"));
    }

    @Test
    void municipalCoordinatorArrangesPartnershipsWithinTheirMunicipality() {
        ApiClient municipal = as("municipal");
        String municipalityId = scopeOf(municipal, "MUNICIPAL_COORDINATOR");
        JsonArray schools = municipal.get("api/v1/schools?municipalityId=" + municipalityId).json().getJsonArray("items");
        String school = schools.getJsonObject(0).getString("id");
        String partner = schools.getJsonObject(1).getString("id");
        String number = "Д-" + unique();

        Response created = municipal.post("api/v1/partnerships", partnership(school, partner, number,
                "2026-09-01", "2027-08-31"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/partnerships/" + id), created.header("Location"));
        assertEquals(school, created.json().getString("schoolId"));
        assertEquals(partner, created.json().getString("partnerSchoolId"));
        assertEquals("2026-09-01", created.json().getString("from"));
        assertEquals("2027-08-31", created.json().getString("to"));
        assertTrue(ids(municipal.get("api/v1/partnerships?schoolId=" + school + "&size=200")
                .json().getJsonArray("items")).contains(id));
        assertTrue(ids(municipal.get("api/v1/partnerships?size=200").json().getJsonArray("items")).contains(id),
                "listed among the coordinator's agreements");

        Response backwards = municipal.post("api/v1/partnerships", partnership(school, partner, number + "-2",
                "2027-09-01", "2026-09-01"));
        assertProblem(backwards, 400);
        assertEquals(Map.of("to", "Договор не может закончиться раньше, чем начался"), fieldErrors(backwards));

        Response badDate = municipal.post("api/v1/partnerships", partnership(school, partner, number + "-3",
                "2026-02-30", "2027-08-31"));
        assertProblem(badDate, 400);
        assertTrue(fieldErrors(badDate).get("from").startsWith("Дата в формате ГГГГ-ММ-ДД"), badDate.body());

        Response byTeacher = as("teacher").post("api/v1/partnerships", partnership(school, partner, number + "-4",
                "2026-09-01", "2027-08-31"));
        assertProblem(byTeacher, 403);
    }

    // ---------------------------------------------------------------- staff and people

    @Test
    void directorSeesOwnStaffButNotAnotherSchools() {
        ApiClient director = as("director");
        long own = TestAccounts.schoolOf("director");
        Response staff = director.get("api/v1/schools/" + own + "/staff?size=200");
        assertEquals(200, staff.status(), staff.body());
        JsonArray items = staff.json().getJsonArray("items");
        assertFalse(items.isEmpty());
        assertEquals(items.size(), staff.json().getInt("total"));
        items.forEach(p -> assertEquals(Long.toString(own), p.asJsonObject().getString("schoolId")));
        assertTrue(ids(items).contains(Long.toString(TestAccounts.personOf("teacher"))), "the demo teacher works there");

        Response firstTwo = director.get("api/v1/schools/" + own + "/staff?size=2");
        assertEquals(2, firstTwo.json().getJsonArray("items").size());
        assertEquals(items.size(), firstTwo.json().getInt("total"));

        Response other = director.get("api/v1/schools/" + otherSchoolThan(own) + "/staff");
        assertProblem(other, 403);
    }

    @Test
    void municipalCoordinatorSeesStaffOnlyWithinTheirMunicipality() {
        ApiClient municipal = as("municipal");
        String municipalityId = scopeOf(municipal, "MUNICIPAL_COORDINATOR");
        String ownSchool = municipal.get("api/v1/schools?municipalityId=" + municipalityId).json()
                .getJsonArray("items").getJsonObject(0).getString("id");
        Response own = municipal.get("api/v1/schools/" + ownSchool + "/staff");
        assertEquals(200, own.status(), own.body());
        assertTrue(own.json().getInt("total") > 0);

        String foreign = as("regional").get("api/v1/schools?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast).filter(s -> !s.getString("municipalityId").equals(municipalityId))
                .findFirst().orElseThrow().getString("id");
        assertProblem(municipal.get("api/v1/schools/" + foreign + "/staff"), 403);
    }

    @Test
    void peopleAreShownOnlyAsFarAsTheCallerMaySee() {
        long ownSchool = TestAccounts.schoolOf("director");
        String stranger = as("regional").get("api/v1/schools/" + otherSchoolThan(ownSchool) + "/staff?size=1")
                .json().getJsonArray("items").getJsonObject(0).getString("id");
        Response hidden = as("director").get("api/v1/people/" + stranger);
        assertProblem(hidden, 404);
        assertEquals("Человек не найден", hidden.json().getString("detail"));
        assertProblem(as("director").get("api/v1/people/not-a-number"), 404);

        ApiClient teacher = as("teacher");
        String self = Long.toString(TestAccounts.personOf("teacher"));
        Response own = teacher.get("api/v1/people/" + self);
        assertEquals(200, own.status(), own.body());
        assertEquals(self, own.json().getString("id"));
        assertTrue(own.json().getString("email").contains("@"), own.body());
        assertEquals(Long.toString(TestAccounts.schoolOf("teacher")), own.json().getString("schoolId"));

        String colleague = as("director").get("api/v1/schools/" + ownSchool + "/staff?size=200").json()
                .getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(p -> !p.getString("id").equals(self) && p.containsKey("email"))
                .findFirst().orElseThrow().getString("id");
        Response card = teacher.get("api/v1/people/" + colleague);
        assertEquals(200, card.status(), card.body());
        assertFalse(card.json().getString("fullName").isBlank());
        assertFalse(card.json().containsKey("email"), "a colleague's contacts stay hidden: " + card.body());
        assertFalse(card.json().containsKey("experienceYears"), card.body());
    }

    // ---------------------------------------------------------------- staff import

    @Test
    void goodCsvCreatesStaffAndReimportingTheSameLoginsUpdatesThem() {
        ApiClient director = as("director");
        long school = TestAccounts.schoolOf("director");
        int before = staffTotal(director, school);
        String p = "csv" + unique();
        String file = HEADER
                + p + ".a;Иванова;Мария;Петровна;" + p + ".a@school.example;" + school + ";учитель;Математика;12;\n"
                + p + ".b;Смирнов;Алексей;;" + p + ".b@school.example;" + school + ";учитель;RUSSIAN,LITERATURE;3;наставник\n"
                + p + ".c;Кузнецова;Ольга;Игоревна;;" + school + ";педагог-психолог;;;\n";
        Response r = director.post("api/v1/people/import", CSV, file.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, r.status(), r.body());
        assertEquals(report(3, 0), r.json());
        assertEquals(before + 3, staffTotal(director, school));
        JsonObject maria = staffMember(director, school, p + ".a@school.example");
        assertEquals("Иванова Мария Петровна", maria.getString("fullName"));
        assertEquals(List.of("MATH"), maria.getJsonArray("subjectCodes").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());
        assertEquals(12, maria.getInt("experienceYears"));

        String again = file.replace("Иванова;Мария", "Петрова;Мария").replace(";12;", ";13;");
        Response update = director.post("api/v1/people/import", CSV, again.getBytes(StandardCharsets.UTF_8));
        assertEquals(200, update.status(), update.body());
        assertEquals(report(0, 3), update.json());
        assertEquals(before + 3, staffTotal(director, school));
        JsonObject renamed = staffMember(director, school, p + ".a@school.example");
        assertEquals("Петрова", renamed.getString("lastName"));
        assertEquals(13, renamed.getInt("experienceYears"));
    }

    @Test
    void aFileWithBadRowsChangesNothingUnlessPartialIsAsked() {
        ApiClient director = as("director");
        long school = TestAccounts.schoolOf("director");
        int before = staffTotal(director, school);
        String p = "bad" + unique();
        String file = HEADER
                + p + ".ok1;Орлова;Анна;;;" + school + ";учитель;;;\n"
                + p + ".noschool;Белов;Иван;;;999999999;учитель;;;\n"
                + p + ".mail;Соколова;Вера;;не-почта;" + school + ";учитель;;;\n"
                + p + ".ok1;Орлова;Анна;;;" + school + ";учитель;;;\n"
                + p + ".long;" + "Д".repeat(101) + ";Пётр;;;" + school + ";учитель;;;\n"
                + p + ".ok2;Зайцев;Олег;;;" + school + ";учитель;;;\n";
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        Response refused = director.post("api/v1/people/import", CSV, bytes);
        assertProblem(refused, 400);
        assertEquals("Файл не принят: строк с ошибками — 4; ничего не изменено", refused.json().getString("detail"));
        assertEquals(0, refused.json().getInt("created"));
        assertEquals(0, refused.json().getInt("updated"));
        Map<Integer, JsonObject> rows = rejectedByRow(refused.json());
        assertEquals(Set.of(3, 4, 5, 6), rows.keySet());
        assertEquals("schoolId", rows.get(3).getString("field"));
        assertEquals("Школы с идентификатором 999999999 нет", rows.get(3).getString("message"));
        assertEquals("email", rows.get(4).getString("field"));
        assertEquals("Электронная почта указана неверно: «не-почта»", rows.get(4).getString("message"));
        assertEquals("login", rows.get(5).getString("field"));
        assertEquals("Логин «" + p + ".ok1» повторяется в файле", rows.get(5).getString("message"));
        assertEquals("lastName", rows.get(6).getString("field"));
        assertEquals("Фамилия: не длиннее 100 символов", rows.get(6).getString("message"));
        assertEquals(before, staffTotal(director, school), "nothing was imported");

        Response partial = director.post("api/v1/people/import?partial=true", CSV, bytes);
        assertEquals(200, partial.status(), partial.body());
        assertEquals(2, partial.json().getInt("created"));
        assertEquals(0, partial.json().getInt("updated"));
        assertEquals(Set.of(3, 4, 5, 6), rejectedByRow(partial.json()).keySet());
        assertEquals(before + 2, staffTotal(director, school));
    }

    @Test
    void anXlsxWorkbookIsImportedLikeCsv() throws IOException {
        ApiClient regional = as("regional");
        long school = TestAccounts.schoolOf("teacher");
        int before = staffTotal(regional, school);
        String p = "xlsx" + unique();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "Trajectory tests", "1.0");
        Worksheet sheet = workbook.newWorksheet("Сотрудники");
        String[] header = HEADER.strip().split(";");
        for (int c = 0; c < header.length; c++) {
            sheet.value(0, c, header[c]);
        }
        Object[][] rows = {
            {p + ".one", "Лебедева", "Наталья", "Сергеевна", p + ".one@school.example", school, "учитель", "Физика", 7, ""},
            {p + ".two", "Морозов", "Дмитрий", "", "", school, "заместитель директора", "", 20, "руководитель"},
        };
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof Number n) {
                    sheet.value(r + 1, c, n);
                } else {
                    sheet.value(r + 1, c, (String) rows[r][c]);
                }
            }
        }
        workbook.finish();

        Response r = regional.post("api/v1/people/import", XLSX, out.toByteArray());
        assertEquals(200, r.status(), r.body());
        assertEquals(report(2, 0), r.json());
        assertEquals(before + 2, staffTotal(regional, school));
        JsonObject natalia = staffMember(regional, school, p + ".one@school.example");
        assertEquals("Лебедева Наталья Сергеевна", natalia.getString("fullName"));
        assertEquals(7, natalia.getInt("experienceYears"));
    }

    @Test
    void malformedFilesAreRefusedInRussian() {
        ApiClient director = as("director");
        byte[] notXlsx = new byte[512];
        new Random(42).nextBytes(notXlsx);
        notXlsx[0] = 'P';
        notXlsx[1] = 'K';
        notXlsx[2] = 3;
        notXlsx[3] = 4;
        Response zip = director.post("api/v1/people/import", XLSX, notXlsx);
        assertProblem(zip, 400);
        assertEquals(Map.of("file", "Файл XLSX повреждён или это не книга Excel"), fieldErrors(zip));

        String p = "cp" + unique();
        byte[] cp1251 = (HEADER + p + ";Ёлкина;Юлия;;;" + TestAccounts.schoolOf("director") + ";учитель;;;\n")
                .getBytes(Charset.forName("windows-1251"));
        Response legacy = director.post("api/v1/people/import", "text/csv", cp1251);
        assertProblem(legacy, 400);
        assertEquals(Map.of("file", "Файл не в кодировке UTF-8: сохраните его как «CSV UTF-8»"), fieldErrors(legacy));

        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        Arrays.fill(huge, (byte) 'a');
        Response oversized = director.post("api/v1/people/import", CSV, huge);
        assertProblem(oversized, 400);
        assertEquals(Map.of("file", "Файл больше 10 МБ"), fieldErrors(oversized));

        Response byTeacher = as("teacher").post("api/v1/people/import", CSV,
                HEADER.getBytes(StandardCharsets.UTF_8));
        assertProblem(byTeacher, 403);
    }

    @Test
    void aDirectorCannotImportIntoAnotherSchool() {
        ApiClient director = as("director");
        long own = TestAccounts.schoolOf("director");
        long other = Long.parseLong(otherSchoolThan(own));
        int before = staffTotal(as("regional"), other);
        String p = "foreign" + unique();
        Response r = director.post("api/v1/people/import", CSV,
                (HEADER + p + ";Гусев;Игорь;;;" + other + ";учитель;;;\n").getBytes(StandardCharsets.UTF_8));
        assertProblem(r, 400);
        JsonObject row = rejectedByRow(r.json()).get(2);
        assertEquals("schoolId", row.getString("field"));
        assertEquals("Школа " + other + " вне вашей области ответственности", row.getString("message"));
        assertEquals(before, staffTotal(as("regional"), other));
    }

    // ---------------------------------------------------------------- health

    @Test
    void healthIsUpWithoutAToken() {
        Response health = new ApiClient(base).get("api/v1/health");
        assertEquals(200, health.status(), health.body());
        assertEquals(Json.createObjectBuilder().add("status", "UP").add("checks", Json.createObjectBuilder()
                .add("database", "UP").add("migrations", "UP")).build(), health.json());

        // MicroProfile Health of the server carries the portal's own checks beside its built-in ones.
        Response ready = new ApiClient(base).get("health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject database = ready.json().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("name").equals("database")).findFirst()
                .orElseThrow(() -> new AssertionError("no database check in " + ready.body()));
        assertEquals("UP", database.getString("status"));
        assertEquals("UP", database.getJsonObject("data").getString("migrations"));
        Response live = new ApiClient(base).get("health/live");
        assertEquals(200, live.status(), live.body());
        assertTrue(live.body().contains("\"heap\""), live.body());
    }

    // ---------------------------------------------------------------- helpers

    private ApiClient as(String login) {
        return CLIENTS.computeIfAbsent(login, l -> new ApiClient(base).as(l));
    }

    private static String unique() {
        return RUN + SEQUENCE.incrementAndGet();
    }

    /** The scope id of the caller's first grant of the role. */
    private static String scopeOf(ApiClient client, String role) {
        return client.get("api/v1/me").json().getJsonArray("roles").stream().map(JsonObject.class::cast)
                .filter(r -> r.getString("role").equals(role)).findFirst().orElseThrow().getString("scopeId");
    }

    /** A school of the demo region other than the given one. */
    private String otherSchoolThan(long schoolId) {
        return as("regional").get("api/v1/schools?size=200").json().getJsonArray("items").stream()
                .map(JsonObject.class::cast)
                .filter(s -> !s.getString("id").equals(Long.toString(schoolId)))
                .findFirst().orElseThrow().getString("id");
    }

    private static int staffTotal(ApiClient client, long school) {
        Response r = client.get("api/v1/schools/" + school + "/staff?size=1");
        assertEquals(200, r.status(), r.body());
        return r.json().getInt("total");
    }

    private static JsonObject staffMember(ApiClient client, long school, String email) {
        Response r = client.get("api/v1/schools/" + school + "/staff?size=200");
        assertEquals(200, r.status(), r.body());
        assertTrue(r.json().getInt("total") <= 200, "one page holds the whole staff of the school");
        return r.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(p -> email.equals(p.getString("email", null)))
                .findFirst().orElseThrow(() -> new AssertionError("no staff member " + email + " in " + r.body()));
    }

    private static JsonObject partnership(String school, String partner, String number, String from, String to) {
        return Json.createObjectBuilder().add("schoolId", school).add("partnerSchoolId", partner)
                .add("agreementNumber", number).add("from", from).add("to", to).build();
    }

    private static JsonObject report(int created, int updated) {
        return Json.createObjectBuilder().add("created", created).add("updated", updated)
                .add("rejected", Json.createArrayBuilder()).build();
    }

    private static Map<Integer, JsonObject> rejectedByRow(JsonObject body) {
        return body.getJsonArray("rejected").stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(r -> r.getInt("row"), r -> r, (a, b) -> a));
    }

    private static List<String> ids(JsonArray items) {
        return items.stream().map(i -> i.asJsonObject().getString("id")).toList();
    }

    private static Map<String, String> fieldErrors(Response r) {
        JsonArray errors = r.json().getJsonArray("errors");
        assertNotNull(errors, "field errors in " + r.body());
        return errors.stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    /** problem+json with the status in the header and the body, Russian title and no Java internals. */
    private static void assertProblem(Response r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
        JsonObject json = r.json();
        assertEquals(status, json.getInt("status"), r.body());
        assertTrue(json.getString("title").matches(".*[А-Яа-яЁё].*"), "Russian title: " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at ru.trajectory"), r.body());
    }
}
