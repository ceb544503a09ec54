package ru.trajectory.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.trajectory.demo.DemoDiagnostics.Part;
import ru.trajectory.demo.DemoDiagnostics.PersonPlan;
import ru.trajectory.demo.DemoDiagnostics.PlannedAttempt;
import ru.trajectory.demo.DemoRegionModel.Person;
import ru.trajectory.demo.DemoRegionModel.School;
import ru.trajectory.diagnostics.entity.Competency;
import ru.trajectory.diagnostics.entity.CompetencyArea;
import ru.trajectory.diagnostics.entity.CompetencyFramework;
import ru.trajectory.diagnostics.entity.CompetencyScore;
import ru.trajectory.diagnostics.entity.Evidence;
import ru.trajectory.diagnostics.entity.Instrument;
import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.entity.Item;
import ru.trajectory.diagnostics.entity.ItemKind;
import ru.trajectory.diagnostics.entity.ItemOption;
import ru.trajectory.diagnostics.entity.Level;
import ru.trajectory.testing.TestDatabase;

/**
 * The demo diagnostics as the test database holds them after the DEMO load: the stored results
 * are what the entities' scoring gives for the stored answers, the profiles and histories follow
 * the decisive-evidence rule, the demo accounts have their scripted story, and the plan is the
 * same every time.
 */
class DemoDiagnosticsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");

    private static DataSource db;
    private static DemoRegionModel model;

    @BeforeAll
    static void load() {
        db = TestDatabase.dataSource();
        model = DemoRegionModel.plan(DemoScale.DEMO);
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        DemoRegionModel again = DemoRegionModel.plan(DemoScale.DEMO);
        Map<Long, Part> parts = DemoDiagnostics.parts(model);
        assertEquals(parts, DemoDiagnostics.parts(again));
        int attempts = 0;
        for (int s = 0; s < model.schools().size(); s++) {
            School school = model.schools().get(s);
            List<Person> staff = model.staffOf(school);
            List<Person> staffAgain = again.staffOf(again.schools().get(s));
            for (int i = 0; i < staff.size(); i++) {
                PersonPlan first = DemoDiagnostics.plan(staff.get(i), school, parts.getOrDefault(staff.get(i).id(), Part.STAFF));
                PersonPlan second = DemoDiagnostics.plan(staffAgain.get(i), again.schools().get(s),
                        parts.getOrDefault(staffAgain.get(i).id(), Part.STAFF));
                assertEquals(first, second);
                attempts += first.attempts().size();
            }
        }
        assertTrue(attempts > 1_000, "attempts planned: " + attempts);
    }

    @Test
    void theDatabaseHoldsExactlyThePlanOfTheDemoSchool() throws SQLException {
        Map<Long, Part> parts = DemoDiagnostics.parts(model);
        School school = model.demoSchool();
        try (Connection c = db.getConnection()) {
            for (Person p : model.staffOf(school)) {
                PersonPlan plan = DemoDiagnostics.plan(p, school, parts.getOrDefault(p.id(), Part.STAFF));
                long personId = personId(c, p);
                List<String> stored = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT i.code, a.status, a.finished_at, "
                        + "(SELECT GROUP_CONCAT(CONCAT(r.competency_code, '=', r.score_percent, ':', r.level) "
                        + "ORDER BY r.competency_code) FROM attempt_result r WHERE r.attempt_id = a.id) "
                        + "FROM attempt a JOIN instrument i ON i.id = a.instrument_id "
                        + "WHERE a.person_id = ? AND i.code LIKE 'DEMO-%' ORDER BY a.id")) {
                    ps.setLong(1, personId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            stored.add(rs.getString(1) + "|" + rs.getString(2) + "|"
                                    + rs.getTimestamp(3).toInstant() + "|" + rs.getString(4));
                        }
                    }
                }
                List<String> planned = new ArrayList<>();
                for (PlannedAttempt a : plan.attempts()) {
                    planned.add(DemoDiagnostics.INSTRUMENTS.get(a.instrument()).code() + "|"
                            + (a.expired() ? "EXPIRED" : "SUBMITTED") + "|" + a.finishedAt() + "|"
                            + a.results().stream().sorted((x, y) -> x.competency().compareTo(y.competency()))
                                    .map(r -> r.competency() + "=" + r.percent() + ":" + r.level())
                                    .collect(Collectors.joining(",")));
                }
                assertEquals(planned, stored, p.fullName());
            }
        }
    }

    @Test
    void storedResultsAreWhatTheEntityScoringGivesForTheStoredAnswers() throws SQLException {
        int checked = 0;
        try (Connection c = db.getConnection()) {
            Map<Long, Instrument> instruments = entities(c);
            assertEquals(3, instruments.size(), "three demo instruments in the demo region");
            Map<Long, Map<Long, Set<Long>>> chosen = new HashMap<>();
            Map<Long, Map<Long, Integer>> scales = new HashMap<>();
            Map<Long, Long> instrumentOf = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.id, a.instrument_id, x.item_id, x.option_ids, "
                    + "x.scale_value FROM attempt a LEFT JOIN attempt_answer x ON x.attempt_id = a.id "
                    + "WHERE a.status <> 'IN_PROGRESS' AND a.instrument_id IN (" + ids(instruments.keySet()) + ")");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long attempt = rs.getLong(1);
                    instrumentOf.put(attempt, rs.getLong(2));
                    Map<Long, Set<Long>> options = chosen.computeIfAbsent(attempt, k -> new HashMap<>());
                    Map<Long, Integer> values = scales.computeIfAbsent(attempt, k -> new HashMap<>());
                    long item = rs.getLong(3);
                    if (rs.wasNull()) {
                        continue;
                    }
                    String optionIds = rs.getString(4);
                    options.put(item, optionIds == null ? Set.of()
                            : Arrays.stream(optionIds.split(",")).map(Long::valueOf).collect(Collectors.toSet()));
                    int scale = rs.getInt(5);
                    if (!rs.wasNull()) {
                        values.put(item, scale);
                    }
                }
            }
            Map<Long, Map<String, String>> stored = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT attempt_id, competency_code, score_percent, level "
                    + "FROM attempt_result WHERE attempt_id IN (SELECT id FROM attempt WHERE instrument_id IN ("
                    + ids(instruments.keySet()) + "))");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                            .put(rs.getString(2), rs.getBigDecimal(3).toPlainString() + " " + rs.getString(4));
                }
            }
            for (Map.Entry<Long, Long> e : instrumentOf.entrySet()) {
                List<CompetencyScore> scores = instruments.get(e.getValue())
                        .score(chosen.get(e.getKey()), scales.get(e.getKey()));
                Map<String, String> expected = new TreeMap<>();
                scores.forEach(s -> expected.put(s.competency().getCode(), s.percent().toPlainString() + " " + s.level()));
                assertEquals(expected, stored.get(e.getKey()), "attempt " + e.getKey());
                checked++;
            }
        }
        assertTrue(checked > 1_000, "attempts checked: " + checked);
    }

    @Test
    void profilesRestOnTheDecisiveEvidenceAndOpenDeficitsMatchThem() throws SQLException {
        try (Connection c = db.getConnection()) {
            Map<Long, List<Evidence>> evidence = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT a.person_id, r.competency_code, r.score_percent, "
                    + "r.level, i.kind, a.finished_at, a.id FROM attempt_result r JOIN attempt a ON a.id = r.attempt_id "
                    + "JOIN instrument i ON i.id = a.instrument_id WHERE i.code LIKE 'DEMO-%'");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Evidence(rs.getString(2),
                            rs.getBigDecimal(3), Level.valueOf(rs.getString(4)),
                            InstrumentKind.valueOf(rs.getString(5)).source(), rs.getTimestamp(6).toInstant(),
                            rs.getLong(7), null));
                }
            }
            Map<Long, Map<String, String>> levels = new HashMap<>();
            Map<Long, Set<String>> deficits = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id, competency_code, level, score_percent, "
                    + "source, attempt_id FROM competency_level WHERE person_id IN (SELECT person_id FROM attempt a "
                    + "JOIN instrument i ON i.id = a.instrument_id WHERE i.code LIKE 'DEMO-%')");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    levels.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>()).put(rs.getString(2),
                            rs.getString(3) + " " + rs.getBigDecimal(4).toPlainString() + " " + rs.getString(5) + " "
                                    + rs.getLong(6));
                    if (rs.getString(3).equals("DEFICIT")) {
                        deficits.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                    }
                }
            }
            Map<Long, Set<String>> open = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT person_id, competency_code FROM deficit_history "
                    + "WHERE closed_at IS NULL AND person_id IN (SELECT person_id FROM attempt a "
                    + "JOIN instrument i ON i.id = a.instrument_id WHERE i.code LIKE 'DEMO-%')");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertTrue(open.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)),
                            "one open deficit per competency");
                }
            }
            for (Map.Entry<Long, List<Evidence>> e : evidence.entrySet()) {
                Map<String, String> expected = new TreeMap<>();
                Evidence.decisivePerCompetency(e.getValue()).forEach((code, d) -> expected.put(code,
                        d.level() + " " + d.percent().toPlainString() + " " + d.source() + " " + d.attemptId()));
                assertEquals(expected, levels.get(e.getKey()), "person " + e.getKey());
                assertEquals(deficits.getOrDefault(e.getKey(), Set.of()), open.getOrDefault(e.getKey(), Set.of()),
                        "person " + e.getKey());
            }
            assertTrue(count(c, "SELECT COUNT(*) FROM deficit_history WHERE closed_by_attempt_id IS NOT NULL "
                    + "AND closed_by_attempt_id > opened_by_attempt_id AND closed_at > opened_at") > 20,
                    "some deficits of 2025 were closed by a later attempt");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM deficit_history d JOIN attempt a "
                    + "ON a.id = d.closed_by_attempt_id WHERE a.person_id <> d.person_id"));
        }
    }

    @Test
    void theDemoTeacherHasDeficitsAndTheMathsTestStillToTake() throws SQLException {
        try (Connection c = db.getConnection()) {
            long teacher = count(c, "SELECT person_id FROM account WHERE login = 'teacher'");
            assertEquals("TEACHER", strings(c, "SELECT position FROM person WHERE id = ?", teacher).get(0));
            List<String> subjects = strings(c, "SELECT subject_code FROM person_subject WHERE person_id = ?", teacher);
            assertTrue(subjects.contains("MATH"), subjects.toString());
            List<String> deficits = strings(c, "SELECT competency_code FROM competency_level WHERE person_id = ? "
                    + "AND level = 'DEFICIT' ORDER BY competency_code", teacher);
            assertEquals(List.of("COM-02", "MET-02"), deficits);
            assertEquals(List.of("46.88"), strings(c, "SELECT score_percent FROM competency_level WHERE person_id = ? "
                    + "AND competency_code = 'MET-02'", teacher));
            assertEquals(2, count(c, "SELECT COUNT(*) FROM deficit_history WHERE closed_at IS NULL AND person_id = "
                    + teacher));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM attempt WHERE status = 'IN_PROGRESS' AND person_id = "
                    + teacher));
            assertEquals(0, count(c, "SELECT COUNT(*) FROM attempt a JOIN instrument i ON i.id = a.instrument_id "
                    + "WHERE i.code LIKE 'DEMO-MATH-METHOD%' AND a.person_id = " + teacher));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM attempt a JOIN instrument i ON i.id = a.instrument_id "
                    + "WHERE i.code = 'DEMO-FORMATIVE' AND a.person_id = " + teacher));

            Instrument maths = entities(c).values().stream()
                    .filter(i -> i.getCode().equals(DemoDiagnostics.MATH_TEST)).findFirst().orElseThrow();
            assertEquals(25, maths.getItems().size());
            assertTrue(maths.isMeantFor("TEACHER", Set.copyOf(subjects)), "the maths test is meant for `teacher`");
            assertTrue(maths.publicationProblems().isEmpty(), maths.publicationProblems().toString());

            long mentor = count(c, "SELECT person_id FROM account WHERE login = 'mentor'");
            assertTrue(count(c, "SELECT COUNT(*) FROM attempt WHERE person_id = " + mentor) >= 2);
            long director = count(c, "SELECT person_id FROM account WHERE login = 'director'");
            assertEquals(0, count(c, "SELECT COUNT(*) FROM attempt WHERE person_id = " + director));
        }
    }

    @Test
    void lowResultSchoolsShowMoreDeficitsThanHighResultSchools() throws SQLException {
        try (Connection c = db.getConnection()) {
            double low = deficitShare(c, "low_results");
            double high = deficitShare(c, "high_results");
            assertTrue(low > high + 0.15, "share of measured staff with a deficit: ШНОР " + low + ", ШВР " + high);
            double took = count(c, "SELECT COUNT(DISTINCT a.person_id) FROM attempt a JOIN instrument i "
                    + "ON i.id = a.instrument_id WHERE i.code = 'DEMO-FORMATIVE'")
                    / (double) count(c, "SELECT COUNT(*) FROM person WHERE school_id IS NOT NULL");
            assertTrue(took > 0.5 && took < 0.7, "share of staff who took the formative test: " + took);
            assertEquals(0, count(c, "SELECT COUNT(*) FROM attempt a JOIN instrument i ON i.id = a.instrument_id "
                    + "WHERE i.code LIKE 'DEMO-%' AND (a.finished_at < '2025-09-01' OR a.finished_at > '2026-11-20' "
                    + "OR a.started_at >= a.finished_at)"), "dates within the program years 2025 and 2026");
        }
    }

    private static double deficitShare(Connection c, String flag) throws SQLException {
        String staff = "FROM person p JOIN school_program_year y ON y.school_id = p.school_id AND y.program_year = 2026 "
                + "AND y." + flag + " WHERE EXISTS (SELECT 1 FROM competency_level l WHERE l.person_id = p.id)";
        long measured = count(c, "SELECT COUNT(*) " + staff);
        long withDeficit = count(c, "SELECT COUNT(*) " + staff + " AND EXISTS (SELECT 1 FROM competency_level l "
                + "WHERE l.person_id = p.id AND l.level = 'DEFICIT')");
        return withDeficit / (double) measured;
    }

    /**
     * The demo region's instruments as entities built in memory from the stored rows, ids set as
     * JPA would, so that {@link Instrument#score} runs exactly as in the portal.
     */
    private static Map<Long, Instrument> entities(Connection c) throws SQLException {
        CompetencyFramework framework = new CompetencyFramework("PEDAGOG", 1, "Педагог", NOW);
        CompetencyArea area = framework.addArea("ALL", "Все");
        Map<Long, Instrument> instruments = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, code, title, kind, region_id, audience_positions, "
                + "audience_subjects FROM instrument WHERE code IN (?, ?, ?) ORDER BY id")) {
            ps.setString(1, DemoDiagnostics.MATH_TEST);
            ps.setString(2, DemoDiagnostics.FORMATIVE_TEST);
            ps.setString(3, DemoDiagnostics.FG_SELF);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instrument i = new Instrument(rs.getString(2), 1, rs.getString(3),
                            InstrumentKind.valueOf(rs.getString(4)), framework, rs.getLong(5), NOW);
                    i.setAudience(split(rs.getString(6)), split(rs.getString(7)));
                    setId(Instrument.class, i, rs.getLong(1));
                    instruments.put(rs.getLong(1), i);
                }
            }
        }
        for (Instrument i : instruments.values()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT competency_code, deficit_below, proficient_from "
                    + "FROM instrument_threshold WHERE instrument_id = ?")) {
                ps.setLong(1, i.getId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        i.setThreshold(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3));
                    }
                }
            }
            Map<Long, Item> items = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT it.id, it.text, it.kind, co.code, it.weight "
                    + "FROM instrument_item it JOIN competency co ON co.id = it.competency_id "
                    + "WHERE it.instrument_id = ? ORDER BY it.position")) {
                ps.setLong(1, i.getId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Competency competency = framework.competency(rs.getString(4));
                        if (competency == null) {
                            competency = framework.addCompetency(area, rs.getString(4), rs.getString(4), null, null);
                        }
                        Item item = i.addItem(rs.getString(2), ItemKind.valueOf(rs.getString(3)), competency,
                                rs.getBigDecimal(5));
                        setId(Item.class, item, rs.getLong(1));
                        items.put(rs.getLong(1), item);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT o.id, o.item_id, o.text, o.score FROM item_option o "
                    + "JOIN instrument_item it ON it.id = o.item_id WHERE it.instrument_id = ? "
                    + "ORDER BY it.position, o.position")) {
                ps.setLong(1, i.getId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ItemOption option = items.get(rs.getLong(2)).addOption(rs.getString(3), rs.getBigDecimal(4));
                        setId(ItemOption.class, option, rs.getLong(1));
                    }
                }
            }
            i.publish(NOW);
        }
        return instruments;
    }

    private static Set<String> split(String csv) {
        return csv.isBlank() ? Set.of() : Set.of(csv.split(","));
    }

    private static void setId(Class<?> type, Object entity, long id) {
        try {
            Field f = type.getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static long personId(Connection c, Person p) throws SQLException {
        // The DEMO load goes into an empty database, so planned ids are the stored ones; the e-mail confirms it.
        List<String> email = strings(c, "SELECT email FROM person WHERE id = ?", p.id());
        assertEquals(List.of(p.email()), email);
        return p.id();
    }

    private static List<String> strings(Connection c, String sql, long parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            assertTrue(rs.next(), sql);
            assertNotNull(rs.getObject(1), sql);
            return rs.getLong(1);
        }
    }
}
