package ru.trajectory.practices.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

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
import ru.trajectory.testing.Eventually;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;

/**
 * The practice bank through the API: a teacher writes a practice, the region's methodologist
 * returns it with comments and then publishes it, another teacher finds it by another word form
 * and marks «применяю»; drafts stay invisible to others; bad input gets a clear 400.
 */
@ExtendWith(ArquillianExtension.class)
class PracticesApiIT {

    private static final String PASSWORD = "practices-test-1";
    private static final String[] CRITERIA = {"RELEVANCE", "EFFECTIVENESS", "REPRODUCIBILITY", "NOVELTY",
        "METHODICAL_QUALITY"};

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
        long id = draft.getJsonNumber("id").longValue();
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
        Response download = author.get("api/v1/practices/attachments/" + pdf.json().getJsonNumber("id").longValue());
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
        assertEquals(id, found.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue());
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

        // Over the service's limit but within what the HTTP layer accepts in a URL (a 10 000-letter
        // Cyrillic query is 60 KB encoded and is refused by the server before the portal sees it).
        Response longQuery = teacher.get("api/v1/practices/search?q=" + encode("а".repeat(600)));
        assertEquals(400, longQuery.status(), longQuery.body());
        for (String q : new String[] {"title%3A(", "*", "~", "%22"}) {
            Response syntax = teacher.get("api/v1/practices/search?q=" + q);
            assertTrue(syntax.status() == 200 || syntax.status() == 409, q + ": " + syntax.status() + " " + syntax.body());
        }
        assertEquals(400, teacher.get("api/v1/practices/search?size=0").status());
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

    private static JsonObject practice(String title, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Система приёмов смыслового чтения на уроках в основной школе")
                .add("body", body)
                .add("subjects", Json.createArrayBuilder().add("RUSSIAN"))
                .add("levels", Json.createArrayBuilder().add("OOO"))
                .add("tags", Json.createArrayBuilder().add("смысловое чтение"))
                .add("targetGroups", Json.createArrayBuilder().add("UNMOTIVATED"))
                .build();
    }

    private static JsonObject scores(int... values) {
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (int i = 0; i < values.length; i++) {
            scores.add(Json.createObjectBuilder().add("criterion", CRITERIA[i]).add("score", values[i]));
        }
        return Json.createObjectBuilder().add("scores", scores).build();
    }

    /** Waits until the answer satisfies the condition; the index is fed every couple of seconds. */
    private static JsonObject await(ApiClient client, String path, Predicate<JsonObject> done) {
        return Eventually.get(Duration.ofSeconds(30), "GET " + path + " to answer as expected", () -> {
            Response r = client.get(path);
            return r.status() == 200 && done.test(r.json()) ? Optional.of(r.json()) : Optional.empty();
        });
    }
}
