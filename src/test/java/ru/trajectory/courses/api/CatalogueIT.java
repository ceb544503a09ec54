package ru.trajectory.courses.api;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

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
import ru.trajectory.testing.TestSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The catalogue's filters and «Мои курсы» through the API, each test on courses of its own. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

    private static final String PASSWORD = "catalogue-test-1";

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void filtersNarrowTheCatalogueAndTheNearestSessionComesFirst() {
        String tag = "kt" + System.nanoTime();
        String subject = TestSql.text("SELECT MIN(code) FROM subject");
        String otherSubject = TestSql.text("SELECT MAX(code) FROM subject");
        String otherCompetency = TestSql.text("SELECT MIN(code) FROM competency WHERE code <> 'MET-02'");
        String a = course("Формирующее оценивание " + tag, 36, "IN_PERSON", "MET-02", List.of(),
                "Приёмы обратной связи на уроке");
        session(a, 10, 5);
        String b = course("Функциональная грамотность " + tag, 72, "DISTANCE", otherCompetency, List.of(),
                "Читательская и математическая грамотность");
        String full = session(b, 40, 1);
        TestSql.execute("UPDATE course_session SET confirmed_count = capacity WHERE id = " + full);
        String c = course("Дети-мигранты " + tag, 16, "BLENDED", "MET-02", List.of(subject), null);
        session(c, 20, 5);

        ApiClient teacher = new ApiClient(base).as("teacher");
        assertEquals(List.of(a, c, b), ids(teacher, "q=" + tag), "nearest upcoming session first");
        assertEquals(List.of(a, c), ids(teacher, "q=" + tag + "&competency=MET-02"));
        assertEquals(List.of(b), ids(teacher, "q=" + tag + "&format=DISTANCE"));
        assertEquals(List.of(a, c), ids(teacher, "q=" + tag + "&maxHours=36"));
        assertEquals(List.of(a, c), ids(teacher, "q=" + tag + "&freeSeats=true"), "a full session is no free seat");
        LocalDate today = LocalDate.now();
        assertEquals(List.of(c, b), ids(teacher, "q=" + tag + "&from=" + today.plusDays(15) + "&to=" + today.plusDays(45)));
        assertEquals(List.of(c), ids(teacher, "q=" + tag + "&from=" + today.plusDays(15) + "&to=" + today.plusDays(45)
                + "&freeSeats=true"), "dates and free seats hold for the same session");
        if (!subject.equals(otherSubject)) {
            assertEquals(List.of(a, c, b), ids(teacher, "q=" + tag + "&subject=" + subject),
                    "courses without a subject restriction suit every subject");
            assertEquals(List.of(a, b), ids(teacher, "q=" + tag + "&subject=" + otherSubject));
        }
        assertEquals(List.of(b), ids(teacher, "q=" + enc("математическая " + tag)), "words of the description count");
        assertEquals(List.of(c), ids(teacher, "q=" + enc("ДЕТИ-МИГРАНТЫ " + tag)), "case does not matter");
        assertEquals(List.of(a, c, b), ids(teacher, "q=" + tag + "&provider=" + provider()));

        JsonObject firstPage = teacher.get("api/v1/catalogue?q=" + tag + "&size=2").json();
        assertEquals(3, firstPage.getInt("total"));
        assertEquals(2, firstPage.getJsonArray("items").size());
        JsonObject secondPage = teacher.get("api/v1/catalogue?q=" + tag + "&size=2&page=1").json();
        assertEquals(3, secondPage.getInt("total"));
        assertEquals(b, secondPage.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(3, teacher.get("api/v1/catalogue?q=" + tag + "&size=2&page=5").json().getInt("total"));

        Response badFormat = teacher.get("api/v1/catalogue?format=ONLINE&maxHours=many");
        assertEquals(400, badFormat.status());
        assertTrue(badFormat.body().contains("Формат"), badFormat.body());
        assertEquals(400, teacher.get("api/v1/catalogue?from=23.11.2026").status());
    }

    @Test
    void draftsStayOutOfTheCatalogue() {
        String tag = "kd" + System.nanoTime();
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        Response draft = methodologist.post("api/v1/courses", Json.createObjectBuilder()
                .add("title", "Черновик " + tag).add("providerId", String.valueOf(provider()))
                .add("hours", "8").add("format", "DISTANCE").build());
        assertEquals(201, draft.status(), draft.body());
        assertEquals(0, new ApiClient(base).as("teacher").get("api/v1/catalogue?q=" + tag).json().getInt("total"));
    }

    @Test
    void myEnrollmentsListStatusesAndCountCompletedHours() {
        String tag = "km" + System.nanoTime();
        String login = "catalogue." + tag;
        TestAccounts.teacher(login, PASSWORD, TestAccounts.schoolOf("teacher"));
        ApiClient me = new ApiClient(base).as(login, PASSWORD);
        assertEquals(0, me.get("api/v1/me/enrollments").json().getInt("completedHours"));

        String done = session(course("Управление на основе данных " + tag, 24, "BLENDED", "MET-02", List.of(), null), 3, 5);
        String enrollment = me.post("api/v1/sessions/" + done + "/enrollments", Json.createObjectBuilder().build())
                .json().getString("id");
        Response completed = new ApiClient(base).as("methodologist").post("api/v1/enrollments/" + enrollment + "/complete",
                Json.createObjectBuilder().add("hours", "20").add("date", LocalDate.now().toString())
                        .add("certificateNumber", "КТ-" + tag).build());
        assertEquals(200, completed.status(), completed.body());

        String fullSession = session(course("Подготовка к ГИА " + tag, 36, "IN_PERSON", "MET-02", List.of(), null), 30, 1);
        TestSql.execute("UPDATE course_session SET confirmed_count = capacity WHERE id = " + fullSession);
        assertEquals("WAITLISTED", me.post("api/v1/sessions/" + fullSession + "/enrollments",
                Json.createObjectBuilder().build()).json().getString("status"));

        JsonObject mine = me.get("api/v1/me/enrollments").json();
        assertEquals(2, mine.getInt("total"));
        assertEquals(20, mine.getInt("completedHours"));
        JsonObject waiting = mine.getJsonArray("items").getJsonObject(0);
        assertEquals("WAITLISTED", waiting.getString("status"), "the later session comes first");
        assertEquals(1, waiting.getInt("position"));
        JsonObject finished = mine.getJsonArray("items").getJsonObject(1);
        assertEquals("COMPLETED", finished.getString("status"));
        assertEquals(20, finished.getInt("hours"));
        assertEquals("КТ-" + tag, finished.getString("certificateNumber"));
        assertTrue(finished.getString("course").contains(tag));
        assertEquals(LocalDate.now().plusDays(3).toString(), finished.getString("start"));

        assertEquals(0, new ApiClient(base).as("teacher").get("api/v1/me/enrollments").json()
                .getJsonArray("items").stream().filter(i -> i.asJsonObject().getString("course").contains(tag)).count(),
                "another teacher does not see them");
        assertEquals(401, new ApiClient(base).get("api/v1/me/enrollments").status());
    }

    private static List<String> ids(ApiClient client, String query) {
        Response r = client.get("api/v1/catalogue?" + query);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    private String course(String title, int hours, String format, String competency, List<String> subjects,
                          String description) {
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        JsonArrayBuilder subjectCodes = Json.createArrayBuilder();
        subjects.forEach(subjectCodes::add);
        var body = Json.createObjectBuilder()
                .add("title", title).add("providerId", String.valueOf(provider()))
                .add("hours", String.valueOf(hours)).add("format", format)
                .add("competencyCodes", Json.createArrayBuilder().add(competency)).add("subjects", subjectCodes);
        if (description != null) {
            body.add("description", description);
        }
        Response created = methodologist.post("api/v1/courses", body.build());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(200, methodologist.post("api/v1/courses/" + id + "/publish", Json.createObjectBuilder().build()).status());
        return id;
    }

    private String session(String course, int startsInDays, int capacity) {
        LocalDate start = LocalDate.now().plusDays(startsInDays);
        Response created = new ApiClient(base).as("methodologist").post("api/v1/courses/" + course + "/sessions",
                Json.createObjectBuilder().add("start", start.toString()).add("end", start.plusDays(2).toString())
                        .add("format", "IN_PERSON").add("place", "ЦНППМ, ауд. 5").add("capacity", String.valueOf(capacity))
                        .build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    private static long provider() {
        return Long.parseLong(TestSql.text("SELECT o.id FROM support_organization o JOIN person p ON p.region_id = o.region_id "
                + "JOIN account a ON a.person_id = p.id WHERE a.login = 'teacher' AND o.kind = 'CNPPM'"));
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
