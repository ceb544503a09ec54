package ru.trajectory.diagnostics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.Deployments;

/**
 * Authoring through the API as a methodologist of the demo region: instruments from draft to
 * published to versions, export and import, the refusals, and the competency framework's
 * draft and publication. Codes are unique to the run, so the tests hold in any order on the
 * database the other test classes share; a published framework version keeps every code.
 */
@ExtendWith(ArquillianExtension.class)
class AuthoringApiIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> CODES = List.of("MET-01", "MET-02", "MET-03", "PSY-01", "COM-02", "FG-01");
    private static final Map<String, ApiClient> CLIENTS = new ConcurrentHashMap<>();

    @Deployment(testable = false)
    static WebArchive d() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- lifecycle and versions

    @Test
    void thirtyItemTestIsPublishedAndChangedThroughANewVersionLeavingTheOldOneIntact() {
        ApiClient author = as("methodologist");
        String code = code("T30");
        Response created = author.post("api/v1/instruments", instrument(code, 30).build());
        assertEquals(201, created.status(), created.body());
        JsonObject v1 = created.json();
        String v1Id = v1.getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/authoring/instruments/" + v1Id), created.header("Location"));
        assertEquals("DRAFT", v1.getString("status"));
        assertEquals(1, v1.getInt("version"));
        assertEquals(30, v1.getJsonArray("items").size());
        JsonObject first = v1.getJsonArray("items").getJsonObject(0);
        assertEquals("MET-01", first.getString("competencyCode"));
        assertEquals(4, first.getJsonArray("options").size());
        assertEquals(1, first.getJsonArray("options").getJsonObject(0).getInt("score"), "authors see scores");

        Response listed = author.get("api/v1/authoring/instruments?size=200");
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.json().getJsonArray("items").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getString("id").equals(v1Id) && r.getInt("itemCount") == 30), listed.body());

        Response published = author.post("api/v1/authoring/instruments/" + v1Id + "/publish", empty());
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));
        JsonArray v1Items = published.json().getJsonArray("items");

        Response frozen = author.put("api/v1/authoring/instruments/" + v1Id, instrument(code, 3).build());
        assertProblem(frozen, 409);
        assertTrue(frozen.json().getString("detail").contains("новую версию"), frozen.body());

        Response next = author.post("api/v1/authoring/instruments/" + v1Id + "/versions", empty());
        assertEquals(201, next.status(), next.body());
        JsonObject v2 = next.json();
        String v2Id = v2.getString("id");
        assertEquals(2, v2.getInt("version"));
        assertEquals("DRAFT", v2.getString("status"));
        assertEquals(30, v2.getJsonArray("items").size());
        assertProblem(author.post("api/v1/authoring/instruments/" + v1Id + "/versions", empty()), 409);

        JsonObject changed = instrument(code, 29).add("title", "Методические компетенции, редакция 2")
                .add("rowVersion", v2.getJsonNumber("rowVersion").longValue()).build();
        Response edited = author.put("api/v1/authoring/instruments/" + v2Id, changed);
        assertEquals(200, edited.status(), edited.body());
        assertEquals(29, edited.json().getJsonArray("items").size());
        assertEquals("Методические компетенции, редакция 2", edited.json().getString("title"));

        Response stale = author.put("api/v1/authoring/instruments/" + v2Id, changed);
        assertProblem(stale, 409);
        assertTrue(stale.json().getString("detail").contains("другой автор"), stale.body());
        Response again = author.put("api/v1/authoring/instruments/" + v2Id, instrument(code, 28)
                .add("rowVersion", edited.json().getJsonNumber("rowVersion").longValue()).build());
        assertEquals(200, again.status(), "the rowVersion of the last answer is current: " + again.body());

        Response v2Published = author.post("api/v1/authoring/instruments/" + v2Id + "/publish", empty());
        assertEquals(200, v2Published.status(), v2Published.body());
        JsonObject oldOne = author.get("api/v1/authoring/instruments/" + v1Id).json();
        assertEquals("ARCHIVED", oldOne.getString("status"));
        assertEquals(1, oldOne.getInt("version"));
        assertEquals(v1Items, oldOne.getJsonArray("items"), "version 1 keeps its items, ids and scores");

        Response archived = author.post("api/v1/authoring/instruments/" + v2Id + "/archive", empty());
        assertEquals("ARCHIVED", archived.json().getString("status"), archived.body());

        Response teacherList = as("teacher").get("api/v1/instruments");
        assertEquals(200, teacherList.status(), "GET /instruments still served next to POST: " + teacherList.body());
    }

    @Test
    void publishingADraftWithoutItemsOrCorrectOptionsIsRefusedInRussian() {
        ApiClient author = as("methodologist");
        Response empty = author.post("api/v1/authoring/instruments", instrument(code("EMPTY"), 0).build());
        assertEquals(201, empty.status(), empty.body());
        Response refused = author.post("api/v1/authoring/instruments/" + empty.json().getString("id") + "/publish", empty());
        assertProblem(refused, 400);
        assertEquals(Map.of("items", "В диагностике нет ни одного задания"), fieldErrors(refused));
        assertEquals("DRAFT", author.get("api/v1/authoring/instruments/" + empty.json().getString("id")).json()
                .getString("status"));

        JsonObjectBuilder noCorrect = instrument(code("NOCORR"), 0).add("items", Json.createArrayBuilder()
                .add(item(0)).add(Json.createObjectBuilder().add("text", "Без верного").add("kind", "SINGLE")
                        .add("competencyCode", "MET-02").add("weight", 1).add("options", Json.createArrayBuilder()
                                .add(option("а", 0)).add(option("б", 0)))));
        Response draft = author.post("api/v1/authoring/instruments", noCorrect.build());
        assertEquals(201, draft.status(), draft.body());
        Response refusedToo = author.post("api/v1/authoring/instruments/" + draft.json().getString("id") + "/publish",
                empty());
        assertProblem(refusedToo, 400);
        assertTrue(fieldErrors(refusedToo).get("items[1].options").contains("верный"), refusedToo.body());
    }

    @Test
    void badInstrumentsAreRefusedFieldByField() {
        ApiClient author = as("methodologist");
        JsonObjectBuilder bad = Json.createObjectBuilder().add("code", "bad code").add("kind", "TEST")
                .add("timeLimitMinutes", 601).add("itemsPerPage", 0)
                .add("audience", Json.createObjectBuilder().add("positions", Json.createArrayBuilder().add("ASTRONAUT"))
                        .add("subjects", Json.createArrayBuilder().add("MATH")))
                .add("thresholds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("competencyCode", "MET-01")
                        .add("deficitBelow", 90).add("proficientFrom", 80)))
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "Шкала в тесте")
                        .add("kind", "SCALE").add("competencyCode", "MET-01").add("weight", 0)));
        Response r = author.post("api/v1/authoring/instruments", bad.build());
        assertProblem(r, 400);
        Map<String, String> errors = fieldErrors(r);
        assertEquals(Set.of("code", "title", "timeLimitMinutes", "itemsPerPage", "audience.positions[0]",
                "thresholds[0].proficientFrom", "items[0].kind", "items[0].weight"), errors.keySet(), r.body());
        assertTrue(errors.values().stream().allMatch(m -> m.matches(".*[А-Яа-яЁё].*")), r.body());
    }

    // ---------------------------------------------------------------- export and import

    @Test
    void exportedInstrumentImportsAsAnEqualDraft() {
        ApiClient author = as("methodologist");
        String code = code("EXP");
        JsonObjectBuilder source = instrument(code, 5)
                .add("description", "Проверка экспорта")
                .add("timeLimitMinutes", 40)
                .add("itemsPerPage", 7)
                .add("audience", Json.createObjectBuilder()
                        .add("positions", Json.createArrayBuilder().add("TEACHER").add("TUTOR"))
                        .add("subjects", Json.createArrayBuilder().add("MATH")))
                .add("thresholds", Json.createArrayBuilder().add(Json.createObjectBuilder().add("competencyCode", "MET-02")
                        .add("deficitBelow", 55.5).add("proficientFrom", 85)));
        Response created = author.post("api/v1/authoring/instruments", source.build());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");

        Response export = author.get("api/v1/authoring/instruments/" + id + "/export");
        assertEquals(200, export.status(), export.body());
        assertTrue(export.contentType().startsWith("application/json"), export.contentType());
        assertTrue(export.header("Content-Disposition").startsWith("attachment"), export.header("Content-Disposition"));
        JsonObject document = export.json();
        assertEquals(Set.of("code", "title", "kind", "description", "timeLimitMinutes", "itemsPerPage", "audience",
                "thresholds", "items"), document.keySet());
        assertEquals(5, document.getJsonArray("items").size());
        assertEquals(1, document.getJsonArray("thresholds").size());

        String copyCode = code("IMP");
        Response imported = author.postRaw("api/v1/authoring/instruments/import", "application/json",
                Json.createObjectBuilder(document).add("code", copyCode).build().toString());
        assertEquals(201, imported.status(), imported.body());
        assertEquals("DRAFT", imported.json().getString("status"));
        JsonObject reExported = author.get("api/v1/authoring/instruments/" + imported.json().getString("id") + "/export")
                .json();
        assertEquals(copyCode, reExported.getString("code"));
        assertEquals(Json.createObjectBuilder(document).remove("code").build(),
                Json.createObjectBuilder(reExported).remove("code").build());

        // The region's own code again: the next version, once no draft of it is pending.
        assertProblem(author.postRaw("api/v1/authoring/instruments/import", "application/json", document.toString()), 400);
        author.post("api/v1/authoring/instruments/" + id + "/publish", empty());
        Response nextVersion = author.postRaw("api/v1/authoring/instruments/import", "application/json",
                document.toString());
        assertEquals(201, nextVersion.status(), nextVersion.body());
        assertEquals(2, nextVersion.json().getInt("version"));
        assertEquals(code, nextVersion.json().getString("code"));
    }

    @Test
    void importWithUnknownCompetencyStoresNothing() {
        ApiClient author = as("methodologist");
        int before = author.get("api/v1/authoring/instruments").json().getInt("total");
        JsonObject document = instrument(code("UNK"), 0).add("items", Json.createArrayBuilder()
                .add(Json.createObjectBuilder(item(0).build()).add("competencyCode", "NO-SUCH-CODE"))
                .add(Json.createObjectBuilder(item(1).build()).add("kind", "ESSAY"))
                .add(Json.createObjectBuilder(item(2).build()).remove("text"))
                .add(Json.createObjectBuilder(item(3).build()).add("weight", "heavy"))
                .add(item(4))).build();
        Response r = author.postRaw("api/v1/authoring/instruments/import", "application/json", document.toString());
        assertProblem(r, 400);
        Map<String, String> errors = fieldErrors(r);
        assertEquals(Set.of("items[0].competencyCode", "items[1].kind", "items[2].text", "items[3].weight"),
                errors.keySet(), r.body());
        assertTrue(errors.get("items[0].competencyCode").contains("NO-SUCH-CODE"), r.body());
        assertEquals(before, author.get("api/v1/authoring/instruments").json().getInt("total"), "nothing created");

        Response notJson = author.postRaw("api/v1/authoring/instruments/import", "application/json", "[1, 2");
        assertProblem(notJson, 400);
        assertEquals(before, author.get("api/v1/authoring/instruments").json().getInt("total"));
    }

    // ---------------------------------------------------------------- access

    @Test
    void teachersCannotAuthor() {
        ApiClient teacher = as("teacher");
        assertProblem(teacher.post("api/v1/instruments", instrument(code("TCH"), 1).build()), 403);
        assertProblem(teacher.post("api/v1/authoring/instruments", instrument(code("TCH"), 1).build()), 403);
        assertProblem(teacher.get("api/v1/authoring/instruments"), 403);
        assertProblem(teacher.postRaw("api/v1/authoring/instruments/import", "application/json",
                instrument(code("TCH"), 1).build().toString()), 403);
        assertProblem(teacher.post("api/v1/competencies", Json.createObjectBuilder().add("code", code("C"))
                .add("name", "Чужая").add("area", "DIGITAL").build()), 403);
        assertProblem(teacher.post("api/v1/frameworks/PEDAGOG/publish", empty()), 403);

        Response created = as("methodologist").post("api/v1/authoring/instruments", instrument(code("OWN"), 1).build());
        String id = created.json().getString("id");
        assertProblem(teacher.get("api/v1/authoring/instruments/" + id), 403);
        assertProblem(teacher.get("api/v1/authoring/instruments/" + id + "/export"), 403);
        assertProblem(as("methodologist").get("api/v1/authoring/instruments/999999999"), 404);
    }

    // ---------------------------------------------------------------- the competency framework

    @Test
    void addedCompetencyWaitsInADraftVersionUntilPublished() {
        ApiClient author = as("methodologist");
        JsonObject current = author.get("api/v1/competencies?size=200").json();
        int publishedVersion = current.getJsonObject("framework").getInt("version");
        Set<String> codesBefore = codes(current);
        assertTrue(codesBefore.containsAll(CODES), current.toString());

        Response refused = author.post("api/v1/competencies", Json.createObjectBuilder().add("code", "мет 7")
                .add("name", "").add("area", "SPACE").add("subject", "ALCHEMY").build());
        assertProblem(refused, 400);
        assertEquals(Set.of("code", "name", "area", "subject"), fieldErrors(refused).keySet(), refused.body());
        Response duplicate = author.post("api/v1/competencies", Json.createObjectBuilder().add("code", "MET-02")
                .add("name", "Ещё раз").add("area", "METHODICAL").build());
        assertProblem(duplicate, 400);

        String code = "DIG-T" + RUN;
        Response added = author.post("api/v1/competencies", Json.createObjectBuilder().add("code", code)
                .add("name", "Использование цифровых лабораторий на уроке").add("area", "DIGITAL")
                .add("subject", "PHYSICS").add("description", "Проверочная компетенция").build());
        assertEquals(201, added.status(), added.body());
        JsonObject draftRef = added.json().getJsonObject("framework");
        assertEquals("DRAFT", draftRef.getString("status"));
        assertTrue(draftRef.getInt("version") > publishedVersion, added.body());
        assertEquals("PHYSICS", added.json().getString("subject"));

        JsonObject stillPublished = author.get("api/v1/competencies?size=200").json();
        assertEquals(publishedVersion, stillPublished.getJsonObject("framework").getInt("version"));
        assertEquals(codesBefore, codes(stillPublished), "the published version does not change");
        Response draft = author.get("api/v1/frameworks/PEDAGOG/draft");
        assertEquals(200, draft.status(), draft.body());
        assertEquals(codesBefore.size() + 1, draft.json().getInt("competencyCount"));

        Response published = author.post("api/v1/frameworks/PEDAGOG/publish", empty());
        assertEquals(200, published.status(), published.body());
        assertEquals("PUBLISHED", published.json().getString("status"));
        Map<Integer, String> statuses = author.get("api/v1/frameworks/PEDAGOG/versions").json().getJsonArray("items")
                .stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(v -> v.getInt("version"), v -> v.getString("status")));
        assertEquals("ARCHIVED", statuses.get(publishedVersion));
        assertEquals("PUBLISHED", statuses.get(draftRef.getInt("version")));

        JsonObject after = as("teacher").get("api/v1/competencies?size=200").json();
        assertEquals(draftRef.getInt("version"), after.getJsonObject("framework").getInt("version"));
        Set<String> codesAfter = codes(after);
        assertTrue(codesAfter.containsAll(codesBefore) && codesAfter.contains(code), after.toString());
        assertProblem(author.post("api/v1/frameworks/PEDAGOG/publish", empty()), 400);

        // New instruments measure the new competency; the old version's competencies stay for old attempts.
        Response usingIt = author.post("api/v1/authoring/instruments", instrument(code("NEWC"), 0)
                .add("items", Json.createArrayBuilder().add(Json.createObjectBuilder(item(0).build())
                        .add("competencyCode", code))).build());
        assertEquals(201, usingIt.status(), usingIt.body());
        assertNotEquals(publishedVersion, usingIt.json().getJsonObject("framework").getInt("version"));
    }

    // ---------------------------------------------------------------- helpers

    private static JsonObjectBuilder instrument(String code, int items) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (int i = 0; i < items; i++) {
            list.add(item(i));
        }
        return Json.createObjectBuilder()
                .add("code", code)
                .add("title", "Методические компетенции учителя " + code)
                .add("kind", "TEST")
                .add("items", list);
    }

    private static JsonObjectBuilder item(int i) {
        boolean multiple = i % 5 == 4;
        JsonArrayBuilder options = Json.createArrayBuilder()
                .add(option("Верный вариант задания " + (i + 1), 1))
                .add(option("Неверный вариант А", multiple ? -1 : 0))
                .add(option(multiple ? "Тоже верный вариант" : "Неверный вариант Б", multiple ? 1 : 0))
                .add(option("Неверный вариант В", 0));
        return Json.createObjectBuilder()
                .add("text", "Задание " + (i + 1) + ": как построить урок так, чтобы каждый ученик получил обратную связь?")
                .add("kind", multiple ? "MULTIPLE" : "SINGLE")
                .add("competencyCode", CODES.get(i % CODES.size()))
                .add("weight", i % 3 == 0 ? 2 : 1)
                .add("options", options);
    }

    private static JsonObjectBuilder option(String text, int score) {
        return Json.createObjectBuilder().add("text", text).add("score", score);
    }

    private static JsonObject empty() {
        return JsonValue.EMPTY_JSON_OBJECT;
    }

    private static String code(String prefix) {
        return "IT-" + prefix + "-" + RUN + "-" + SEQUENCE.incrementAndGet();
    }

    private static Set<String> codes(JsonObject competencies) {
        return competencies.getJsonArray("items").stream().map(JsonObject.class::cast).map(c -> c.getString("code"))
                .collect(Collectors.toSet());
    }

    private ApiClient as(String login) {
        return CLIENTS.computeIfAbsent(login, l -> new ApiClient(base).as(l));
    }

    private static Map<String, String> fieldErrors(Response r) {
        JsonArray errors = r.json().getJsonArray("errors");
        assertNotNull(errors, "field errors in " + r.body());
        return errors.stream().map(JsonObject.class::cast)
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("message")));
    }

    private static void assertProblem(Response r, int status) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType() + " " + r.body());
        JsonObject json = r.json();
        assertEquals(status, json.getInt("status"), r.body());
        assertTrue(json.getString("detail").matches("(?s).*[А-Яа-яЁё].*"), "Russian detail: " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at ru.trajectory"), r.body());
    }
}
