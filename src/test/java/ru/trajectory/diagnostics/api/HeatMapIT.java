package ru.trajectory.diagnostics.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
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
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;

/**
 * Heat maps of deficits and the director's participation list through the API. The shared
 * test database may or may not hold demo diagnostic data, so each test writes its own levels
 * and attempts for people it creates, then computes the expected counts from the database
 * with its own SQL and compares them with the API, cell by cell.
 */
@ExtendWith(ArquillianExtension.class)
class HeatMapIT {

    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Map<String, ApiClient> CLIENTS = new ConcurrentHashMap<>();
    private static final Set<String> SCORE_FIELDS = Set.of("score", "scorePercent", "level", "levels", "answers",
            "answer", "result", "results", "competencies", "deficits");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    // ---------------------------------------------------------------- counts

    @Test
    void schoolMapCountsMatchTheDatabaseCellByCell() {
        long school = TestAccounts.schoolOf("director");
        seedLevels(school);

        Response r = as("director").get("api/v1/deficits/heatmap?scope=SCHOOL&scopeId=" + school);
        assertEquals(200, r.status(), r.body());
        JsonObject map = r.json();
        assertEquals("SCHOOL", map.getString("scope"));
        assertEquals(Long.toString(school), map.getString("scopeId"));
        assertEquals(text("SELECT name FROM school WHERE id = ?", school), map.getString("name"));
        List<String> codes = assertFrameworkColumns(map);

        JsonArray rows = map.getJsonArray("rows");
        assertEquals(1, rows.size(), r.body());
        Map<Long, long[]> staff = expectedStaff("p.school_id", "p.school_id = ?", school);
        Map<Long, Map<String, Long>> deficits = expectedDeficits("p.school_id", "p.school_id = ?", school);
        assertRows(rows, List.of(school), staff, deficits, codes);
        assertTrue(rows.getJsonObject(0).getJsonObject("deficits").getInt("MET-02") >= 2, r.body());
        assertFalse(rows.getJsonObject(0).getJsonObject("deficits").containsKey("ZZ-HEATMAP"),
                "codes outside the framework are not columns: " + r.body());
        assertFalse(r.body().contains("Тестова"), "no person names in a heat map: " + r.body());
    }

    @Test
    void municipalityMapHasOneRowPerSchoolWithExactCounts() {
        long school = TestAccounts.schoolOf("director");
        long municipality = number("SELECT municipality_id FROM school WHERE id = ?", school);
        seedLevels(school);
        seedLevels(otherSchoolIn(municipality, school));

        Response r = as("municipal").get("api/v1/deficits/heatmap?scope=MUNICIPALITY&scopeId=" + municipality);
        assertEquals(200, r.status(), r.body());
        JsonObject map = r.json();
        assertEquals("MUNICIPALITY", map.getString("scope"));
        List<String> codes = assertFrameworkColumns(map);
        List<Long> schools = ids("SELECT id FROM school WHERE municipality_id = ? ORDER BY name", municipality);
        assertRows(map.getJsonArray("rows"), schools,
                expectedStaff("p.school_id", "s.municipality_id = ?", municipality),
                expectedDeficits("p.school_id", "s.municipality_id = ?", municipality), codes);
        assertTotal(map, codes);
    }

    @Test
    void regionMapHasOneRowPerMunicipalityWithExactCountsForMethodologistAndOperator() {
        long school = TestAccounts.schoolOf("director");
        long region = number("SELECT m.region_id FROM school s JOIN municipality m ON m.id = s.municipality_id "
                + "WHERE s.id = ?", school);
        seedLevels(school);
        seedLevels(schoolOutside(number("SELECT municipality_id FROM school WHERE id = ?", school)));

        for (String login : List.of("methodologist", "regional")) {
            Response r = as(login).get("api/v1/deficits/heatmap?scope=REGION&scopeId=" + region);
            assertEquals(200, r.status(), login + ": " + r.body());
            JsonObject map = r.json();
            assertEquals("REGION", map.getString("scope"));
            List<String> codes = assertFrameworkColumns(map);
            List<Long> municipalities = ids("SELECT id FROM municipality WHERE region_id = ? ORDER BY name", region);
            assertRows(map.getJsonArray("rows"), municipalities,
                    expectedStaff("s.municipality_id", "m.region_id = ?", region),
                    expectedDeficits("s.municipality_id", "m.region_id = ?", region), codes);
            assertTotal(map, codes);
            assertFalse(r.body().contains("Тестова"), "no person names in a heat map: " + r.body());
        }
    }

    // ---------------------------------------------------------------- access and bad input

    @Test
    void teachersMentorsAndCallersOutsideTheScopeAre403() {
        long school = TestAccounts.schoolOf("director");
        long municipality = number("SELECT municipality_id FROM school WHERE id = ?", school);
        long region = number("SELECT region_id FROM municipality WHERE id = ?", municipality);
        String own = "api/v1/deficits/heatmap?scope=SCHOOL&scopeId=" + school;

        assertProblem(as("teacher").get(own), 403);
        assertProblem(as("mentor").get(own), 403);
        assertProblem(as("director").get("api/v1/deficits/heatmap?scope=SCHOOL&scopeId="
                + otherSchoolIn(municipality, school)), 403);
        assertProblem(as("director").get("api/v1/deficits/heatmap?scope=MUNICIPALITY&scopeId=" + municipality), 403);
        assertProblem(as("municipal").get("api/v1/deficits/heatmap?scope=SCHOOL&scopeId="
                + schoolOutside(municipality)), 403);
        assertProblem(as("municipal").get("api/v1/deficits/heatmap?scope=REGION&scopeId=" + region), 403);

        assertEquals(200, as("municipal").get(own).status());
        assertEquals(200, as("methodologist").get(own).status());
        assertEquals(200, as("admin").get("api/v1/deficits/heatmap?scope=REGION&scopeId=" + region).status());
        assertProblem(new ApiClient(base).get(own), 401);
    }

    @Test
    void unknownUnitsAre404AndMalformedRequests400InRussian() {
        ApiClient methodologist = as("methodologist");
        assertProblem(methodologist.get("api/v1/deficits/heatmap?scope=SCHOOL&scopeId=999999999"), 404);
        assertProblem(methodologist.get("api/v1/deficits/heatmap?scope=MUNICIPALITY&scopeId=999999999"), 404);
        assertProblem(methodologist.get("api/v1/deficits/heatmap?scope=REGION&scopeId=999999999"), 404);

        Response badScope = methodologist.get("api/v1/deficits/heatmap?scope=COUNTRY&scopeId=1");
        assertProblem(badScope, 400);
        assertEquals(Set.of("scope"), fieldErrors(badScope).keySet());
        assertTrue(fieldErrors(badScope).get("scope").contains("SCHOOL, MUNICIPALITY или REGION"), badScope.body());

        Response missing = methodologist.get("api/v1/deficits/heatmap?scope=REGION");
        assertProblem(missing, 400);
        assertEquals(Set.of("scopeId"), fieldErrors(missing).keySet());

        Response nothing = methodologist.get("api/v1/deficits/heatmap");
        assertProblem(nothing, 400);
        assertEquals(Set.of("scope", "scopeId"), fieldErrors(nothing).keySet());

        Response notAnId = methodologist.get("api/v1/deficits/heatmap?scope=SCHOOL&scopeId=abc");
        assertProblem(notAnId, 400);
        assertEquals(Set.of("scopeId"), fieldErrors(notAnId).keySet());
    }

    // ---------------------------------------------------------------- participation

    @Test
    void directorSeesWhoTookWhichDiagnosticWithoutScoresOthersAre403() {
        long school = TestAccounts.schoolOf("director");
        long municipality = number("SELECT municipality_id FROM school WHERE id = ?", school);
        long person = TestAccounts.teacher(login(), "pw-" + RUN, school);
        long instrument = instrument(school);
        Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(2, ChronoUnit.HOURS);
        attempt(instrument, person, "SUBMITTED", started, started.plus(40, ChronoUnit.MINUTES));
        attempt(instrument, person, "IN_PROGRESS", started.plus(1, ChronoUnit.HOURS), null);

        Response r = as("director").get("api/v1/schools/" + school + "/participation?size=200");
        assertEquals(200, r.status(), r.body());
        JsonObject page = r.json();
        long expectedTotal = number("SELECT COUNT(*) FROM attempt a JOIN person p ON p.id = a.person_id "
                + "WHERE p.school_id = ?", school);
        assertEquals(expectedTotal, page.getJsonNumber("total").longValue(), r.body());
        List<JsonObject> mine = page.getJsonArray("items").stream().map(JsonObject.class::cast)
                .filter(i -> i.getString("personId").equals(Long.toString(person))).toList();
        assertEquals(2, mine.size(), r.body());
        JsonObject newest = mine.get(0);
        assertEquals("IN_PROGRESS", newest.getString("status"), "newest attempt first: " + r.body());
        assertEquals("Тестова Анна Игоревна", newest.getString("fullName"));
        assertEquals("TEACHER", newest.getString("position"));
        assertEquals("Тепловая карта: тест " + RUN, newest.getString("instrument"));
        assertEquals(1, newest.getInt("version"));
        assertFalse(newest.containsKey("finishedAt") && !newest.isNull("finishedAt"), newest.toString());
        JsonObject finished = mine.get(1);
        assertEquals("SUBMITTED", finished.getString("status"));
        assertEquals(started.toString(), finished.getString("startedAt"));
        assertEquals(started.plus(40, ChronoUnit.MINUTES).toString(), finished.getString("finishedAt"));
        for (JsonValue item : page.getJsonArray("items")) {
            Set<String> keys = item.asJsonObject().keySet();
            assertTrue(keys.stream().noneMatch(SCORE_FIELDS::contains), "no scores or levels: " + keys);
        }

        Response one = as("director").get("api/v1/schools/" + school + "/participation?page=0&size=1");
        assertEquals(200, one.status(), one.body());
        assertEquals(1, one.json().getJsonArray("items").size());
        assertEquals(expectedTotal, one.json().getJsonNumber("total").longValue());

        String path = "api/v1/schools/" + school + "/participation";
        assertProblem(as("municipal").get(path), 403);
        assertProblem(as("regional").get(path), 403);
        assertProblem(as("methodologist").get(path), 403);
        assertProblem(as("teacher").get(path), 403);
        assertProblem(as("director").get("api/v1/schools/" + otherSchoolIn(municipality, school) + "/participation"),
                403);
        assertProblem(as("director").get("api/v1/schools/999999999/participation"), 404);
        assertProblem(as("director").get(path + "?size=500"), 400);
        // The school itself still answers from SchoolResource: the new root did not shadow it.
        assertEquals(200, as("director").get("api/v1/schools/" + school).status());
        assertEquals(200, as("director").get("api/v1/schools/" + school + "/staff").status());
    }

    // ---------------------------------------------------------------- pages (plain HTTP with a bearer token)

    @Test
    void pagesOpenTheCallersDefaultMapDrillDownAndRefuseOthers() {
        long school = TestAccounts.schoolOf("director");
        long municipality = number("SELECT municipality_id FROM school WHERE id = ?", school);
        seedLevels(school);

        Response region = as("methodologist").get("diagnostics/heatmap.xhtml");
        assertEquals(200, region.status(), region.body());
        assertTrue(region.body().contains("id=\"heatmap-table\""), region.body());
        assertTrue(region.body().contains("scope=MUNICIPALITY&amp;id=" + municipality), "drill-down links");
        assertTrue(region.body().contains("<abbr title=\""), "codes carry their names");

        Response own = as("director").get("diagnostics/heatmap.xhtml");
        assertEquals(200, own.status(), own.body());
        assertTrue(own.body().contains("data-id=\"" + school + "\""), "the director's default map is the school");
        assertTrue(own.body().contains("participation.xhtml?school=" + school), "the director gets the list link");
        assertTrue(own.body().contains("hm-cell hm-"), own.body());
        assertFalse(own.body().contains("Тестова"), "no names on the map");

        Response list = as("director").get("diagnostics/participation.xhtml?school=" + school);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.body().contains("id=\"participation-title\""), list.body());

        Response viaMunicipal = as("municipal").get("diagnostics/heatmap.xhtml?scope=SCHOOL&id=" + school);
        assertEquals(200, viaMunicipal.status());
        assertFalse(viaMunicipal.body().contains("participation.xhtml"), "no list link above the school");
        assertTrue(viaMunicipal.body().contains("id=\"parent-link\""), "a way up to the municipality");

        assertEquals(403, as("teacher").get("diagnostics/heatmap.xhtml").status());
        assertEquals(403, as("municipal").get("diagnostics/participation.xhtml?school=" + school).status());
        assertEquals(404, as("methodologist").get("diagnostics/heatmap.xhtml?scope=PLANET&id=1").status());
        assertEquals(404, as("methodologist").get("diagnostics/heatmap.xhtml?scope=SCHOOL&id=999999999").status());
    }

    // ---------------------------------------------------------------- fixtures

    /**
     * Three new teachers of the school with levels: two with a deficit in MET-02, one of them
     * also in PSY-01 and in a code that is in no framework; the third proficient only.
     */
    private void seedLevels(long school) {
        long a = TestAccounts.teacher(login(), "pw-" + RUN, school);
        long b = TestAccounts.teacher(login(), "pw-" + RUN, school);
        long c = TestAccounts.teacher(login(), "pw-" + RUN, school);
        level(a, "MET-02", "DEFICIT");
        level(a, "PSY-01", "DEFICIT");
        level(a, "COM-01", "PARTIAL");
        level(a, "ZZ-HEATMAP", "DEFICIT");
        level(b, "MET-02", "DEFICIT");
        level(b, "DIG-01", "PROFICIENT");
        level(c, "MET-01", "PROFICIENT");
    }

    private static void level(long person, String code, String level) {
        update("INSERT INTO competency_level (person_id, competency_code, level, score_percent, source, measured_at) "
                + "VALUES (?, ?, ?, ?, 'EXTERNAL', CURRENT_TIMESTAMP(3))", person, code, level,
                "DEFICIT".equals(level) ? 40 : "PARTIAL".equals(level) ? 70 : 90);
    }

    private static long instrument(long school) {
        long region = number("SELECT m.region_id FROM school s JOIN municipality m ON m.id = s.municipality_id "
                + "WHERE s.id = ?", school);
        long framework = number("SELECT id FROM competency_framework WHERE code = 'PEDAGOG' AND status = 'PUBLISHED' "
                + "ORDER BY version DESC LIMIT 1");
        return insert("INSERT INTO instrument (code, version, title, kind, status, framework_id, region_id, published_at) "
                + "VALUES (?, 1, ?, 'TEST', 'PUBLISHED', ?, ?, CURRENT_TIMESTAMP(3))",
                "HM-" + RUN + "-" + SEQUENCE.incrementAndGet(), "Тепловая карта: тест " + RUN, framework, region);
    }

    private static void attempt(long instrument, long person, String status, Instant started, Instant finished) {
        insert("INSERT INTO attempt (instrument_id, person_id, status, started_at, finished_at) VALUES (?, ?, ?, ?, ?)",
                instrument, person, status, Timestamp.from(started), finished == null ? null : Timestamp.from(finished));
    }

    private static long otherSchoolIn(long municipality, long notThis) {
        return number("SELECT MIN(id) FROM school WHERE municipality_id = ? AND id <> ?", municipality, notThis);
    }

    private static long schoolOutside(long municipality) {
        return number("SELECT MIN(s.id) FROM school s JOIN municipality m ON m.id = s.municipality_id "
                + "WHERE s.municipality_id <> ? AND m.region_id = (SELECT region_id FROM municipality WHERE id = ?)",
                municipality, municipality);
    }

    private static String login() {
        return "hm." + RUN + "." + SEQUENCE.incrementAndGet();
    }

    // ---------------------------------------------------------------- expectations from the database

    /** Staff and diagnosed per unit, counted person by person rather than as the service does. */
    private static Map<Long, long[]> expectedStaff(String unit, String filter, long id) {
        Map<Long, long[]> counts = new HashMap<>();
        query("SELECT " + unit + ", p.id, (SELECT COUNT(*) FROM competency_level l WHERE l.person_id = p.id) "
                + "FROM person p JOIN school s ON s.id = p.school_id JOIN municipality m ON m.id = s.municipality_id "
                + "WHERE " + filter, rs -> {
                    long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[2]);
                    c[0]++;
                    if (rs.getLong(3) > 0) {
                        c[1]++;
                    }
                }, id);
        return counts;
    }

    private static Map<Long, Map<String, Long>> expectedDeficits(String unit, String filter, long id) {
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        query("SELECT " + unit + ", l.competency_code FROM competency_level l JOIN person p ON p.id = l.person_id "
                + "JOIN school s ON s.id = p.school_id JOIN municipality m ON m.id = s.municipality_id "
                + "WHERE l.level = 'DEFICIT' AND " + filter,
                rs -> counts.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).merge(rs.getString(2), 1L, Long::sum),
                id);
        return counts;
    }

    /** The columns are the newest published PEDAGOG framework's competencies, area by area. */
    private static List<String> assertFrameworkColumns(JsonObject map) {
        List<String> expected = new ArrayList<>();
        Map<String, String[]> details = new LinkedHashMap<>();
        query("SELECT c.code, c.name, a.name FROM competency c JOIN competency_area a ON a.id = c.area_id "
                + "WHERE c.framework_id = (SELECT id FROM competency_framework WHERE code = 'PEDAGOG' "
                + "AND status = 'PUBLISHED' ORDER BY version DESC LIMIT 1) ORDER BY a.position, c.position",
                rs -> {
                    expected.add(rs.getString(1));
                    details.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
                });
        assertEquals(25, expected.size(), "the seeded framework has 25 competencies");
        List<String> actual = map.getJsonArray("competencies").stream().map(JsonObject.class::cast)
                .map(c -> c.getString("code")).toList();
        assertEquals(expected, actual);
        for (JsonValue v : map.getJsonArray("competencies")) {
            JsonObject c = v.asJsonObject();
            assertEquals(details.get(c.getString("code"))[0], c.getString("name"));
            assertEquals(details.get(c.getString("code"))[1], c.getString("area"));
        }
        return expected;
    }

    private static void assertRows(JsonArray rows, List<Long> units, Map<Long, long[]> staff,
                                   Map<Long, Map<String, Long>> deficits, List<String> codes) {
        assertEquals(units.stream().map(String::valueOf).toList(),
                rows.stream().map(JsonObject.class::cast).map(r -> r.getString("id")).toList(), "one row per unit");
        for (JsonValue v : rows) {
            JsonObject row = v.asJsonObject();
            long id = Long.parseLong(row.getString("id"));
            long[] s = staff.getOrDefault(id, new long[2]);
            assertEquals(s[0], row.getJsonNumber("staff").longValue(), "staff of " + id);
            assertEquals(s[1], row.getJsonNumber("diagnosed").longValue(), "diagnosed of " + id);
            JsonObject cells = row.getJsonObject("deficits");
            assertEquals(codes, new ArrayList<>(cells.keySet()), "every column, in order, in row " + id);
            Map<String, Long> expected = deficits.getOrDefault(id, Map.of());
            Map<String, Long> actual = new TreeMap<>();
            Map<String, Long> wanted = new TreeMap<>();
            for (String code : codes) {
                actual.put(code, cells.getJsonNumber(code).longValue());
                wanted.put(code, expected.getOrDefault(code, 0L));
            }
            assertEquals(wanted, actual, "deficits of " + id);
        }
    }

    private static void assertTotal(JsonObject map, List<String> codes) {
        JsonObject total = map.getJsonObject("total");
        assertNotNull(total, map.toString());
        List<JsonObject> rows = map.getJsonArray("rows").stream().map(JsonObject.class::cast).toList();
        assertEquals(rows.stream().mapToLong(r -> r.getJsonNumber("staff").longValue()).sum(),
                total.getJsonNumber("staff").longValue());
        for (String code : codes) {
            assertEquals(rows.stream().mapToLong(r -> r.getJsonObject("deficits").getJsonNumber(code).longValue()).sum(),
                    total.getJsonObject("deficits").getJsonNumber(code).longValue(), code);
        }
    }

    // ---------------------------------------------------------------- plumbing

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
        assertTrue(r.json().getString("title").matches(".*[А-Яа-яЁё].*"), "Russian title: " + r.body());
        assertFalse(r.body().contains("Exception") || r.body().contains("at ru.trajectory"), r.body());
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(String sql, RowReader reader, Object... parameters) {
        try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, parameters);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static List<Long> ids(String sql, long parameter) {
        List<Long> ids = new ArrayList<>();
        query(sql, rs -> ids.add(rs.getLong(1)), parameter);
        return ids;
    }

    private static long number(String sql, Object... parameters) {
        try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, parameters);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next() || rs.getObject(1) == null) {
                    throw new IllegalStateException("No value for " + sql);
                }
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static String text(String sql, long parameter) {
        List<String> values = new ArrayList<>();
        query(sql, rs -> values.add(rs.getString(1)), parameter);
        return values.get(0);
    }

    private static void update(String sql, Object... parameters) {
        try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement p = c.prepareStatement(sql)) {
            bind(p, parameters);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static long insert(String sql, Object... parameters) {
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(p, parameters);
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement p, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            p.setObject(i + 1, parameters[i]);
        }
    }
}
