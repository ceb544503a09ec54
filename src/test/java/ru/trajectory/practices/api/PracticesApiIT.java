package ru.trajectory.practices.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.trajectory.testing.TestPractices.practice;
import static ru.trajectory.testing.TestPractices.scores;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.Eventually;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestPdf;
import ru.trajectory.testing.TestSql;

/**
 * The practice bank through the API: a teacher writes a practice, the region's methodologist
 * returns it with comments and then publishes it, another teacher finds it by another word form
 * and marks «применяю»; drafts stay invisible to others; bad input gets a clear 400.
 */
@ExtendWith(ArquillianExtension.class)
class PracticesApiIT {

    private static final String PASSWORD = "practices-test-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPracticeIsWrittenReviewedPublishedFoundAndApplied() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher("prac.author." + unique, PASSWORD, school);
        TestAccounts.teacher("prac.reader." + unique, PASSWORD, school);
        ApiClient author = new ApiClient(base).as("prac.author." + unique, PASSWORD);
        ApiClient reader = new ApiClient(base).as("prac.reader." + unique, PASSWORD);
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        // A made-up word keeps this test's practice apart from any other data in the shared database.
        String marker = "квази" + cyrillic(unique) + "грамот";

        Response created = author.post("api/v1/practices", practice("Развитие читательской грамотности "
                + marker + "ности", "<p>Учащиеся <b>читают</b> тексты<script>alert(1)</script></p>"));
        assertEquals(201, created.status(), created.body());
        JsonObject draft = created.json();
        String id = draft.getString("id");
        assertEquals("DRAFT", draft.getString("status"));
        assertFalse(draft.getString("body").contains("script"), draft.getString("body"));
        assertTrue(draft.getString("body").contains("<b>читают</b>"), draft.getString("body"));

        assertEquals(404, reader.get("api/v1/practices/" + id).status(), "a draft is invisible to others");
        assertEquals(409, methodologist.post("api/v1/practices/" + id + "/publish", scores(5)).status(),
                "only a practice on review is published");

        Response liar = author.post("api/v1/practices/" + id + "/attachments?name=" + encode("план.pdf"),
                "application/pdf", "MZ this is not a PDF".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, liar.status(), liar.body());
        assertEquals(400, author.post("api/v1/practices/" + id + "/attachments?name=x.png", "image/png", new byte[0])
                .status(), "an empty file");
        Response pdf = author.post("api/v1/practices/" + id + "/attachments?name=" + encode("../план урока.exe"),
                "application/octet-stream", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, pdf.status(), pdf.body());
        assertEquals("план урока.pdf", pdf.json().getString("fileName"));
        Response download = author.get("api/v1/practices/attachments/" + pdf.json().getString("id"));
        assertEquals(200, download.status());
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"), download.header("Content-Disposition"));

        assertEquals(200, author.post("api/v1/practices/" + id + "/submit", Json.createObjectBuilder().build())
                .status());
        assertEquals(409, author.put("api/v1/practices/" + id, practice("Другое название", "<p>Текст</p>")).status(),
                "a practice on review is not edited");
        assertEquals(403, author.post("api/v1/practices/" + id + "/publish", scores(5)).status(),
                "authors do not publish");

        Response noComment = methodologist.post("api/v1/practices/" + id + "/return",
                Json.createObjectBuilder().add("scores", Json.createArrayBuilder()).build());
        assertEquals(400, noComment.status(), noComment.body());
        Response returned = methodologist.post("api/v1/practices/" + id + "/return", Json.createObjectBuilder()
                .add("scores", Json.createArrayBuilder().add(Json.createObjectBuilder().add("criterion", "EFFECTIVENESS")
                        .add("score", 2).add("comment", "Добавьте результаты диагностики")))
                .add("comment", "Доработайте раздел о результатах").build());
        assertEquals(200, returned.status(), returned.body());
        assertEquals("RETURNED", returned.json().getString("status"));

        Response revised = author.put("api/v1/practices/" + id, practice("Развитие читательской грамотности "
                + marker + "ности", "<p>Результаты: доля читающих выросла</p>"));
        assertEquals(200, revised.status(), revised.body());
        author.post("api/v1/practices/" + id + "/submit", Json.createObjectBuilder().build());
        Response incomplete = methodologist.post("api/v1/practices/" + id + "/publish", scores(3));
        assertEquals(400, incomplete.status(), "every criterion is scored on publication: " + incomplete.body());
        Response published = methodologist.post("api/v1/practices/" + id + "/publish", scores(5, 4, 4, 5, 4));
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));
        assertEquals(4.4, published.json().getJsonNumber("reviewScore").doubleValue(), 0.001);

        // The index follows through the outbox a moment later; another word form finds it.
        JsonObject found = await(reader, "api/v1/practices/search?q=" + encode(marker + "ность") + "&level=OOO",
                r -> r.getJsonNumber("total").longValue() >= 1);
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getString("id"));
        assertTrue(found.getJsonObject("facets").containsKey("level"), found.toString());

        Response applied = reader.post("api/v1/practices/" + id + "/applications", Json.createObjectBuilder()
                .add("feedback", "Провела два урока, дети читали охотнее").build());
        assertEquals(200, applied.status(), applied.body());
        assertEquals(1, applied.json().getInt("applications"));
        assertEquals(409, reader.post("api/v1/practices/" + id + "/applications", Json.createObjectBuilder()
                .add("feedback", "Ещё раз отмечаю эту практику").build()).status(), "once per person");
        assertEquals(200, reader.get("api/v1/practices/" + id + "/related").status());
    }

    @Test
    void badInputIsAClearFourHundred() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.teacher("prac.bad." + unique, PASSWORD, TestAccounts.schoolOf("teacher"));
        ApiClient teacher = new ApiClient(base).as("prac.bad." + unique, PASSWORD);

        Response empty = teacher.post("api/v1/practices", Json.createObjectBuilder().add("title", " ").build());
        assertEquals(400, empty.status(), empty.body());
        Response levels = teacher.post("api/v1/practices", Json.createObjectBuilder(practice("Название практики",
                "<p>Текст</p>")).add("levels", Json.createArrayBuilder().add("ВУЗ")).build());
        assertEquals(400, levels.status(), levels.body());

        // A pasted page of text: 60 KB once percent-encoded, which the listener lets through
        // (config/payara-preboot.asadmin) so that the portal answers it in Russian.
        Response longQuery = teacher.get("api/v1/practices/search?q=" + encode("а".repeat(10_000)));
        assertEquals(400, longQuery.status(), longQuery.body());
        assertTrue(longQuery.body().contains("Запрос длиннее"), longQuery.body());
        Response unknownLevel = teacher.get("api/v1/practices/search?q=" + encode("чтение") + "&level=VUZ");
        assertEquals(400, unknownLevel.status(), unknownLevel.body());
        assertTrue(unknownLevel.body().contains("NOO, OOO, SOO"), unknownLevel.body());
        // An open facet's unknown value is not an error: it finds nothing.
        await(teacher, "api/v1/practices/search?subject=" + encode("Алхимия"),
                r -> r.getJsonNumber("total").longValue() == 0);
        assertEquals(400, teacher.get("api/v1/practices/search?sort=title").status());
        for (String q : new String[] {"title%3A(", "*", "~", "%22"}) {
            Response syntax = teacher.get("api/v1/practices/search?q=" + q);
            assertTrue(syntax.status() == 200 || syntax.status() == 409, q + ": " + syntax.status() + " " + syntax.body());
        }
        assertEquals(400, teacher.get("api/v1/practices/search?size=0").status());
    }

    @Test
    void importedPracticesArePublishedAndFoundAndABadBatchStoresNothing() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long school = TestAccounts.schoolOf("teacher");
        long author = TestAccounts.teacher("prac.imp." + unique, PASSWORD, school);
        ApiClient teacher = new ApiClient(base).as("prac.imp." + unique, PASSWORD);
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String marker = "импорт" + cyrillic(unique) + "практика";

        JsonArray batch = Json.createArrayBuilder()
                .add(Json.createObjectBuilder(practice("Банк школы: " + marker, "<p>Проект " + marker + "</p>"))
                        .add("schoolId", String.valueOf(school))
                        .add("authorIds", Json.createArrayBuilder().add(String.valueOf(author)))
                        .add("publishedAt", "2023-05-20"))
                .add(practice("Региональный банк: " + marker, "<p>Кейс-метод на уроках</p>"))
                .build();
        assertEquals(403, teacher.post("api/v1/practices/import", batch).status(), "teachers do not import");

        Response imported = methodologist.post("api/v1/practices/import", batch);
        assertEquals(201, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("imported"));
        long first = Long.parseLong(imported.json().getJsonArray("ids").getString(0));
        JsonObject stored = teacher.get("api/v1/practices/" + first).json();
        assertEquals("PUBLISHED", stored.getString("status"));
        assertEquals("2023-05-19T21:00:00Z", stored.getString("publishedAt"), "the day in Moscow");
        assertEquals(String.valueOf(author), stored.getJsonArray("authors").getJsonObject(0).getString("personId"));
        assertEquals(String.valueOf(school), stored.getString("schoolId"));

        String second = imported.json().getJsonArray("ids").getString(1);
        await(teacher, "api/v1/practices/search?q=" + encode(marker), r -> {
            String items = r.getJsonArray("items").toString();
            return items.contains("\"id\":\"" + first + "\"") && items.contains("\"id\":\"" + second + "\"");
        });

        // One bad item anywhere: nothing stored, and each bad item named.
        String refused = "отказ" + cyrillic(unique) + "практика";
        long before = TestSql.number("SELECT COUNT(*) FROM practice");
        Response bad = methodologist.post("api/v1/practices/import", Json.createArrayBuilder()
                .add(practice("Годная практика " + refused, "<p>Текст</p>"))
                .add(Json.createObjectBuilder(practice(" ", "<p>Текст</p>")))
                .add(Json.createObjectBuilder(practice("Практика " + refused, "<p>Текст</p>"))
                        .add("levels", Json.createArrayBuilder().add("ВУЗ"))
                        .add("authorIds", Json.createArrayBuilder().add("999999999")))
                .build());
        assertEquals(400, bad.status(), bad.body());
        String errors = bad.json().getJsonArray("errors").toString();
        assertTrue(errors.contains("\"items[1].title\""), errors);
        assertTrue(errors.contains("\"items[2].levels\""), errors);
        assertTrue(errors.contains("\"items[2].authorIds\""), errors);
        assertFalse(errors.contains("items[0]"), errors);
        assertEquals(before, TestSql.number("SELECT COUNT(*) FROM practice"), "nothing stored");
        assertEquals(0, TestSql.number("SELECT COUNT(*) FROM practice WHERE title LIKE '%" + refused + "%'"));

        // A school of a region where the caller is not a methodologist.
        TestSql.execute("INSERT INTO region (code, name) VALUES ('T" + unique + "', 'Тестовый регион " + unique + "')");
        TestSql.execute("INSERT INTO municipality (region_id, name) SELECT id, 'Тестовый округ' FROM region WHERE code = 'T"
                + unique + "'");
        TestSql.execute("INSERT INTO school (municipality_id, name, settlement) SELECT m.id, 'Школа " + unique
                + "', 'CITY' FROM municipality m JOIN region r ON r.id = m.region_id WHERE r.code = 'T" + unique + "'");
        long otherSchool = TestSql.number("SELECT id FROM school WHERE name = 'Школа " + unique + "'");
        Response outside = methodologist.post("api/v1/practices/import", Json.createArrayBuilder()
                .add(practice("Годная практика " + refused, "<p>Текст</p>"))
                .add(Json.createObjectBuilder(practice("Чужая практика " + refused, "<p>Текст</p>"))
                        .add("schoolId", String.valueOf(otherSchool)))
                .build());
        assertEquals(403, outside.status(), outside.body());
        assertTrue(outside.json().getString("detail").contains("items[1]"), outside.body());
        assertEquals(before, TestSql.number("SELECT COUNT(*) FROM practice"), "nothing stored");

        assertEquals(400, methodologist.post("api/v1/practices/import", Json.createObjectBuilder().build()).status(),
                "an object instead of an array");
        assertEquals(400, methodologist.post("api/v1/practices/import", Json.createArrayBuilder().build()).status(),
                "an empty array");
    }

    @Test
    void suggestionsCompleteATitleWordButNeverShowOthersDrafts() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher("prac.sugg.a." + unique, PASSWORD, school);
        TestAccounts.teacher("prac.sugg.b." + unique, PASSWORD, school);
        ApiClient author = new ApiClient(base).as("prac.sugg.a." + unique, PASSWORD);
        ApiClient other = new ApiClient(base).as("prac.sugg.b." + unique, PASSWORD);
        String stem = "подсказ" + cyrillic(unique);

        Response published = new ApiClient(base).as("methodologist").post("api/v1/practices/import",
                Json.createArrayBuilder().add(practice("Опубликованная " + stem + "ность", "<p>Текст</p>")).build());
        assertEquals(201, published.status(), published.body());
        String publishedId = published.json().getJsonArray("ids").getString(0);
        Response draft = author.post("api/v1/practices", practice("Черновик " + stem + "ка", "<p>Текст</p>"));
        assertEquals(201, draft.status(), draft.body());
        String draftId = String.valueOf(draft.json().getString("id"));

        // The last word typed is a prefix: half a word already offers both titles.
        String path = "api/v1/practices/suggest?q=" + encode(stem.substring(0, stem.length() - 2));
        JsonObject mine = await(author, path, r -> ids(r).contains(draftId) && ids(r).contains(publishedId));
        assertTrue(mine.getJsonArray("items").toString().contains(stem + "ка"), mine.toString());
        JsonObject others = await(other, path, r -> ids(r).contains(publishedId));
        assertFalse(ids(others).contains(draftId), "another teacher's draft is not suggested: " + others);

        assertEquals(0, other.get("api/v1/practices/suggest?q=%20").json().getJsonArray("items").size());
        assertEquals(400, other.get("api/v1/practices/suggest?q=" + encode("а".repeat(600))).status());
        assertEquals(400, other.get("api/v1/practices/suggest?q=x&size=1000").status());
    }

    @Test
    void methodologistsOfTheRegionHearOfASubmittedPractice() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.teacher("prac.subm." + unique, PASSWORD, TestAccounts.schoolOf("teacher"));
        ApiClient author = new ApiClient(base).as("prac.subm." + unique, PASSWORD);
        ApiClient methodologist = new ApiClient(base).as("methodologist");

        Response created = author.post("api/v1/practices", practice("На экспертизу " + unique, "<p>Текст</p>"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(200, author.post("api/v1/practices/" + id + "/submit", Json.createObjectBuilder().build()).status());

        String link = "/practices/review.xhtml?id=" + id;
        Response notes = methodologist.get("api/v1/me/notifications?size=200");
        assertEquals(200, notes.status(), notes.body());
        JsonObject note = notes.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> link.equals(n.getString("link", null))).findFirst()
                .orElseThrow(() -> new AssertionError("no notification with " + link + ": " + notes.body()));
        assertEquals("practices.submitted", note.getString("kind"));
        assertTrue(note.getString("body").contains("На экспертизу " + unique), note.toString());
        assertFalse(author.get("api/v1/me/notifications?size=200").body().contains(link),
                "the author is not asked to review");
    }

    @Test
    void wordsOfAnAttachedPdfBecomeSearchable() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        TestAccounts.teacher("prac.pdf." + unique, PASSWORD, TestAccounts.schoolOf("teacher"));
        ApiClient author = new ApiClient(base).as("prac.pdf." + unique, PASSWORD);
        Response created = author.post("api/v1/practices", practice("Практика с раздаточным материалом",
                "<p>Материалы во вложении</p>"));
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");

        String latin = "handout" + latin(unique);
        String russian = "рубрика" + cyrillic(unique);
        byte[] pdf = TestPdf.page("Worksheet " + latin + " 2026", "Критерии " + russian);
        Response upload = author.post("api/v1/practices/" + id + "/attachments?name=" + encode("лист.pdf"),
                "application/pdf", pdf);
        assertEquals(201, upload.status(), upload.body());

        // A draft is found by its own author; the attachment text is searched with it.
        JsonObject found = await(author, "api/v1/practices/search?q=" + latin,
                r -> r.getJsonNumber("total").longValue() >= 1);
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getString("id"));
        JsonObject inRussian = await(author, "api/v1/practices/search?q=" + encode(russian),
                r -> r.getJsonNumber("total").longValue() >= 1);
        assertEquals(id, inRussian.getJsonArray("items").getJsonObject(0).getString("id"));
    }

    @Test
    void practicesForACompetencyPutTaggedOnesFirstThenMatchingText() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String code = "T." + unique;
        String marker = "компет" + cyrillic(unique) + "ция";
        TestSql.execute("INSERT INTO competency (framework_id, area_id, code, name, description, position) "
                + "SELECT framework_id, area_id, '" + code + "', 'Владение " + marker + "', NULL, 999 FROM competency "
                + "ORDER BY id LIMIT 1");
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        Response imported = methodologist.post("api/v1/practices/import", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(practice("Отмеченная практика", "<p>Про " + marker + "</p>"))
                        .add("competencyCodes", Json.createArrayBuilder().add(code)))
                .add(practice("Неотмеченная практика", "<p>Развиваем " + marker + " на уроках</p>"))
                .build());
        assertEquals(201, imported.status(), imported.body());
        String tagged = imported.json().getJsonArray("ids").getString(0);
        String untagged = imported.json().getJsonArray("ids").getString(1);

        ApiClient teacher = new ApiClient(base).as("teacher");
        JsonObject offered = await(teacher, "api/v1/practices/suggestions?competency=" + code,
                r -> ids(r).contains(untagged));
        List<String> ids = ids(offered);
        assertEquals(tagged, ids.get(0), offered.toString());
        assertEquals(1, ids.stream().filter(tagged::equals).count(), "no duplicates: " + offered);
        assertTrue(offered.getJsonArray("items").getJsonObject(0).getString("reason").contains("Владение " + marker),
                offered.toString());
        assertEquals(400, teacher.get("api/v1/practices/suggestions?competency=" + encode("a b")).status());
    }

    private static List<String> ids(JsonObject items) {
        return items.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("id")).toList();
    }

    /** Hex digits as Latin letters, for a word that a standard PDF font can write. */
    private static String latin(String hex) {
        StringBuilder out = new StringBuilder();
        for (char c : hex.toCharArray()) {
            out.append((char) ('a' + Character.digit(c, 16)));
        }
        return out.toString();
    }

    /** Hex digits as Cyrillic letters, so the marker stays one Russian word for the analyzers. */
    private static String cyrillic(String hex) {
        String letters = "абвгдежзиклмнопр";
        StringBuilder out = new StringBuilder();
        for (char c : hex.toCharArray()) {
            out.append(letters.charAt(Character.digit(c, 16)));
        }
        return out.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Waits until the answer satisfies the condition; the index is fed every couple of seconds. */
    private static JsonObject await(ApiClient client, String path, Predicate<JsonObject> done) {
        return Eventually.get(Duration.ofSeconds(30), "GET " + path + " to answer as expected", () -> {
            Response r = client.get(path);
            return r.status() == 200 && done.test(r.json()) ? Optional.of(r.json()) : Optional.empty();
        });
    }
}
