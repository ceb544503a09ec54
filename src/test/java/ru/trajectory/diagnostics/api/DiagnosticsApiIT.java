package ru.trajectory.diagnostics.api;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.trajectory.diagnostics.api.InstrumentFixture.ItemSpec;
import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Taking diagnostics through the API: scoring, the server's deadline, one submission, the
 * deficit profile and its history, external results, and who may see what.
 */
@ExtendWith(ArquillianExtension.class)
class DiagnosticsApiIT {

    private static final String PASSWORD = "diagnostics-test-1";

    /** MET-02: a right answer of weight 3 and one of weight 1; FG-02: multiple choice with a penalty. */
    private static final List<ItemSpec> SCORED = List.of(
            new ItemSpec("MET-02", "SINGLE", "3", "1", "0", "0"),
            new ItemSpec("MET-02", "SINGLE", "1", "0", "7.25", "0"),
            new ItemSpec("FG-02", "MULTIPLE", "1", "1", "1", "1", "-1"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void questionsReachTheTeacherWithoutScores() {
        InstrumentFixture test = InstrumentFixture.published("API-NOSCORE", 1, "TEST", null, SCORED);
        Response r = teacher("diag.noscore").get("api/v1/instruments/" + test.id);
        assertEquals(200, r.status(), r.body());
        assertEquals(3, r.json().getJsonArray("items").size());
        assertFalse(r.body().contains("score"), r.body());
        assertFalse(r.body().contains("7.25"), r.body());
        assertFalse(r.body().toLowerCase().contains("correct"), r.body());
    }

    @Test
    void scoringWeighsItemsAndGivesPartialCreditForMultipleChoice() {
        InstrumentFixture test = InstrumentFixture.published("API-SCORE", 1, "TEST", null, SCORED);
        JsonObject mixed = take(teacher("diag.mixed"), test,
                answer(test, 0, 0), answer(test, 1, 0), answer(test, 2, 0, 1)).json();
        assertEquals("SUBMITTED", mixed.getString("status"));
        assertCompetency(mixed, "MET-02", "75.00", "PARTIAL");
        assertCompetency(mixed, "FG-02", "66.67", "PARTIAL");

        JsonObject right = take(teacher("diag.right"), test,
                answer(test, 0, 0), answer(test, 1, 1), answer(test, 2, 0, 1, 2)).json();
        assertCompetency(right, "MET-02", "100.00", "PROFICIENT");
        assertCompetency(right, "FG-02", "100.00", "PROFICIENT");

        JsonObject wrong = take(teacher("diag.wrong"), test,
                answer(test, 0, 1), answer(test, 1, 0), answer(test, 2, 3)).json();
        assertCompetency(wrong, "MET-02", "0.00", "DEFICIT");
        assertCompetency(wrong, "FG-02", "0.00", "DEFICIT");
    }

    @Test
    void aLaterAttemptClosesTheDeficitsAnEarlierOneOpened() {
        InstrumentFixture test = InstrumentFixture.published("API-HISTORY", 1, "TEST", null, SCORED);
        ApiClient teacher = teacher("diag.history");
        String personId = teacher.get("api/v1/me").json().getString("personId");
        take(teacher, test, answer(test, 0, 1), answer(test, 1, 0), answer(test, 2, 3));
        JsonObject before = teacher.get("api/v1/people/" + personId + "/deficits").json();
        assertEquals(2, before.getJsonArray("deficits").size(), before.toString());
        String second = take(teacher, test, answer(test, 0, 0), answer(test, 1, 1), answer(test, 2, 0, 1, 2))
                .json().getString("id");
        JsonObject after = teacher.get("api/v1/people/" + personId + "/deficits").json();
        assertTrue(after.getJsonArray("deficits").isEmpty(), after.toString());
        JsonArray history = after.getJsonArray("history");
        assertEquals(2, history.size());
        for (JsonObject line : history.getValuesAs(JsonObject.class)) {
            assertEquals(second, line.getString("closedByAttemptId"));
            assertEquals("PROFICIENT", line.getString("closedLevel"));
        }
    }

    @Test
    void badAnswersAreRefusedInRussianAndNothingIsStored() {
        InstrumentFixture test = InstrumentFixture.published("API-BAD", 1, "TEST", null, SCORED);
        InstrumentFixture other = InstrumentFixture.published("API-OTHER", 1, "TEST", null, SCORED);
        ApiClient teacher = teacher("diag.bad");
        long person = TestAccounts.personOf("diag.bad");

        Response foreignItem = teacher.post("api/v1/instruments/" + test.id + "/attempts", body(
                answer(test, 0, 0), Json.createObjectBuilder().add("itemId", String.valueOf(other.items.get(0)))
                        .add("optionIds", Json.createArrayBuilder().add(String.valueOf(other.options.get(0).get(0)))).build()));
        assertEquals(400, foreignItem.status(), foreignItem.body());
        assertTrue(foreignItem.json().getJsonArray("errors").getJsonObject(0).getString("message").contains("нет в этой диагностике"));

        Response twoForSingle = teacher.post("api/v1/instruments/" + test.id + "/attempts", body(answer(test, 0, 0, 1)));
        assertEquals(400, twoForSingle.status());
        Response textScale = teacher.postRaw("api/v1/instruments/" + test.id + "/attempts", "application/json",
                "{\"answers\":[{\"itemId\":\"" + test.items.get(0) + "\",\"scale\":\"abc\"}]}");
        assertEquals(400, textScale.status(), textScale.body());
        assertTrue(textScale.body().contains("от 1 до 5"), textScale.body());

        assertEquals(0, InstrumentFixture.count("SELECT COUNT(*) FROM attempt WHERE person_id = " + person),
                "a refused submission leaves no attempt behind");
    }

    @Test
    void anAttemptIsSubmittedOnceAndResumesWithItsAnswers() {
        InstrumentFixture test = InstrumentFixture.published("API-ONCE", 1, "TEST", null, SCORED);
        ApiClient teacher = teacher("diag.once");
        Response started = teacher.post("api/v1/attempts",
                Json.createObjectBuilder().add("instrumentId", String.valueOf(test.id)).build());
        assertEquals(201, started.status(), started.body());
        String attempt = started.json().getString("attemptId");
        assertEquals(204, teacher.put("api/v1/attempts/" + attempt + "/answers", body(answer(test, 0, 0))).status());

        Response resumed = teacher.post("api/v1/attempts",
                Json.createObjectBuilder().add("instrumentId", String.valueOf(test.id)).build());
        assertEquals(attempt, resumed.json().getString("attemptId"), "the open attempt is resumed");
        JsonObject first = resumed.json().getJsonArray("items").getJsonObject(0);
        assertEquals(String.valueOf(test.options.get(0).get(0)), first.getJsonArray("optionIds").getString(0));

        assertEquals(200, teacher.post("api/v1/attempts/" + attempt + "/submit", Json.createObjectBuilder().build()).status());
        Response again = teacher.post("api/v1/attempts/" + attempt + "/submit", Json.createObjectBuilder().build());
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").contains("завершена"));
        assertEquals(1, InstrumentFixture.count("SELECT COUNT(*) FROM attempt_result r JOIN attempt a ON a.id = r.attempt_id "
                + "WHERE a.id = " + attempt + " AND r.competency_code = 'MET-02'"));
    }

    @Test
    void theServerEnforcesTheTimeLimit() {
        InstrumentFixture test = InstrumentFixture.published("API-TIMED", 1, "TEST", 5, SCORED);
        ApiClient teacher = teacher("diag.timed");
        String attempt = teacher.post("api/v1/attempts",
                Json.createObjectBuilder().add("instrumentId", String.valueOf(test.id)).build()).json().getString("attemptId");
        assertEquals(204, teacher.put("api/v1/attempts/" + attempt + "/answers", body(answer(test, 0, 0))).status());
        InstrumentFixture.execute("UPDATE attempt SET deadline_at = CURRENT_TIMESTAMP(3) - INTERVAL 1 MINUTE WHERE id = " + attempt);

        Response late = teacher.put("api/v1/attempts/" + attempt + "/answers", body(answer(test, 1, 1)));
        assertEquals(409, late.status(), late.body());
        assertTrue(late.json().getString("detail").contains("истекло"), late.body());
        JsonObject result = teacher.get("api/v1/attempts/" + attempt).json();
        assertEquals("EXPIRED", result.getString("status"));
        assertCompetency(result, "MET-02", "75.00", "PARTIAL");
        assertEquals(409, teacher.post("api/v1/attempts/" + attempt + "/submit", Json.createObjectBuilder().build()).status());
    }

    @Test
    void aNewVersionLeavesResultsOfTheOldOneIntact() {
        InstrumentFixture v1 = InstrumentFixture.published("API-VERS", 1, "TEST", null, SCORED);
        ApiClient teacher = teacher("diag.versions");
        JsonObject old = take(teacher, v1, answer(v1, 0, 0), answer(v1, 1, 0), answer(v1, 2, 0)).json();
        InstrumentFixture v2 = InstrumentFixture.published("API-VERS", 2, "TEST", null, List.of(
                new ItemSpec("MET-02", "SINGLE", "1", "1", "0")));
        InstrumentFixture.execute("UPDATE instrument SET status = 'ARCHIVED' WHERE id = " + v1.id);
        JsonObject reread = teacher.get("api/v1/attempts/" + old.getString("id")).json();
        assertEquals(old.getJsonArray("competencies"), reread.getJsonArray("competencies"));
        assertEquals(1, reread.getInt("version"));
        String list = teacher.get("api/v1/instruments").body();
        assertTrue(list.contains("\"id\":\"" + v2.id + "\""), list);
        assertFalse(list.contains("\"id\":\"" + v1.id + "\""), list);
        assertEquals(404, teacher.get("api/v1/instruments/" + v1.id).status());
    }

    @Test
    void onlyThePersonTheirDirectorAndMethodologistsReadAProfile() {
        InstrumentFixture test = InstrumentFixture.published("API-ACCESS", 1, "TEST", null, SCORED);
        ApiClient owner = teacher("diag.owner");
        String person = owner.get("api/v1/me").json().getString("personId");
        String attempt = take(owner, test, answer(test, 0, 1)).json().getString("id");
        long school = TestAccounts.schoolOf("teacher");
        long otherSchool = InstrumentFixture.count("SELECT MIN(id) FROM school WHERE id <> " + school);
        TestAccounts.staff("diag.foreign.director", PASSWORD, otherSchool, "SCHOOL_ADMIN");
        ApiClient foreignDirector = new ApiClient(base).as("diag.foreign.director", PASSWORD);
        ApiClient colleague = teacher("diag.colleague");
        ApiClient mentor = new ApiClient(base).as("mentor");

        assertEquals(200, owner.get("api/v1/attempts/" + attempt).status());
        assertEquals(404, colleague.get("api/v1/attempts/" + attempt).status());
        assertEquals(404, foreignDirector.get("api/v1/attempts/" + attempt).status());
        assertEquals(404, new ApiClient(base).as("director").get("api/v1/attempts/" + attempt).status(),
                "a director sees counts and profiles, never an attempt");

        String deficits = "api/v1/people/" + person + "/deficits";
        assertEquals(200, owner.get(deficits).status());
        assertEquals(200, new ApiClient(base).as("director").get(deficits).status());
        assertEquals(200, new ApiClient(base).as("methodologist").get(deficits).status());
        assertEquals(403, colleague.get(deficits).status());
        assertEquals(403, mentor.get(deficits).status(), "a mentor without an active pair");
        assertEquals(403, new ApiClient(base).as("municipal").get(deficits).status());
        assertEquals(404, foreignDirector.get(deficits).status());
    }

    @Test
    void externalResultsImportWithPerRowErrorsAndTheTestKeepsPrecedence() {
        ApiClient teacher = teacher("diag.external");
        String person = teacher.get("api/v1/me").json().getString("personId");
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String bad = "login;competencyCode;scorePercent;date\n"
                + "diag.external;FG-01;45;2026-10-01\n"
                + "diag.external;NO-SUCH;45;2026-10-01\n"
                + "diag.external;FG-03;120;2026-10-01\n"
                + "diag.external;FG-04;50;2099-01-01\n"
                + "no.such.login;FG-01;50;2026-10-01\n";
        Response refused = methodologist.post("api/v1/diagnostic-results/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(4, refused.json().getJsonArray("rejected").size(), refused.body());
        assertEquals(0, InstrumentFixture.count("SELECT COUNT(*) FROM external_result WHERE person_id = " + person));

        Response good = methodologist.post("api/v1/diagnostic-results/import", "text/csv",
                "login,competencyCode,scorePercent,date\ndiag.external,FG-02,45,2026-10-01\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(200, good.status(), good.body());
        assertEquals(1, good.json().getInt("created"));
        JsonObject profile = teacher.get("api/v1/people/" + person + "/deficits").json();
        assertEquals("EXTERNAL", level(profile, "FG-02").getString("source"));
        assertEquals("DEFICIT", level(profile, "FG-02").getString("level"));

        InstrumentFixture test = InstrumentFixture.published("API-PRECEDENCE", 1, "TEST", null, SCORED);
        take(teacher, test, answer(test, 2, 0, 1, 2));
        methodologist.post("api/v1/diagnostic-results/import", "text/csv",
                "login,competencyCode,scorePercent,date\ndiag.external,FG-02,10,2026-11-01\n".getBytes(StandardCharsets.UTF_8));
        JsonObject later = teacher.get("api/v1/people/" + person + "/deficits").json();
        assertEquals("TEST", level(later, "FG-02").getString("source"), "a test outranks an external result");
        assertEquals("PROFICIENT", level(later, "FG-02").getString("level"));

        assertEquals(403, teacher.post("api/v1/diagnostic-results/import", "text/csv",
                "login,competencyCode,scorePercent,date\n".getBytes(StandardCharsets.UTF_8)).status());
    }

    private ApiClient teacher(String login) {
        TestAccounts.teacher(login, PASSWORD, TestAccounts.schoolOf("teacher"));
        return new ApiClient(base).as(login, PASSWORD);
    }

    private static Response take(ApiClient client, InstrumentFixture test, JsonObject... answers) {
        Response r = client.post("api/v1/instruments/" + test.id + "/attempts", body(answers));
        assertEquals(201, r.status(), r.body());
        assertNotEquals(null, r.header("Location"));
        return r;
    }

    private static JsonObject body(JsonObject... answers) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObject a : answers) {
            list.add(a);
        }
        return Json.createObjectBuilder().add("answers", list).build();
    }

    private static JsonObject answer(InstrumentFixture test, int item, int... options) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        for (int o : options) {
            ids.add(String.valueOf(test.options.get(item).get(o)));
        }
        return Json.createObjectBuilder().add("itemId", String.valueOf(test.items.get(item))).add("optionIds", ids).build();
    }

    private static void assertCompetency(JsonObject attempt, String code, String percent, String level) {
        JsonObject c = attempt.getJsonArray("competencies").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow();
        assertEquals(new java.math.BigDecimal(percent), c.getJsonNumber("scorePercent").bigDecimalValue(), code);
        assertEquals(level, c.getString("level"), code);
    }

    private static JsonObject level(JsonObject profile, String code) {
        return profile.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("code").equals(code)).findFirst().orElseThrow();
    }
}
