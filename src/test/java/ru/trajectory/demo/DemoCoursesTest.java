package ru.trajectory.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ru.trajectory.testing.TestDatabase;

/**
 * The demo courses as the test database holds them after the DEMO load: the plan is the same
 * every time, no session holds more people than seats, waitlists are numbered without gaps,
 * and the demo teacher has the scripted story the browser journey relies on.
 */
class DemoCoursesTest {

    private static DataSource db;
    private static DemoCourses.Plan plan;
    /** The demo rows have ids 1..n (the load runs first on a fresh database); other tests may add more. */
    private static String demoSessions;
    private static String demoEnrollments;

    @BeforeAll
    static void load() {
        db = TestDatabase.dataSource();
        plan = DemoCourses.plan(DemoRegionModel.plan(DemoScale.DEMO));
        demoSessions = " s.id <= " + plan.sessions().size() + " ";
        demoEnrollments = " e.id <= " + plan.enrollments().size() + " ";
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        DemoCourses.Plan first = DemoCourses.plan(DemoRegionModel.plan(DemoScale.DEMO));
        DemoCourses.Plan second = DemoCourses.plan(DemoRegionModel.plan(DemoScale.DEMO));
        assertEquals(first, second);
        assertTrue(first.courses().size() >= 35 && first.courses().size() <= 45, "about 40 courses");
        assertTrue(first.events().size() >= 12, "about 15 events");
    }

    @Test
    void theDatabaseHoldsThePlan() throws SQLException {
        assertEquals(plan.courses().size(), count("SELECT COUNT(*) FROM course WHERE status = 'PUBLISHED' "
                + "AND id <= " + plan.courses().size()));
        assertEquals(plan.sessions().size(), count("SELECT COUNT(*) FROM course_session s WHERE" + demoSessions));
        assertEquals(plan.enrollments().size(), count("SELECT COUNT(*) FROM enrollment e WHERE" + demoEnrollments));
        assertEquals(plan.events().size(), count("SELECT COUNT(*) FROM learning_event WHERE id <= "
                + plan.events().size()));
        assertEquals(plan.registrations().size(), count("SELECT COUNT(*) FROM event_registration WHERE id <= "
                + plan.registrations().size()));
        assertEquals(0, count("SELECT COUNT(*) FROM course c LEFT JOIN course_competency cc ON cc.course_id = c.id "
                + "WHERE cc.course_id IS NULL"), "every course develops some competency");
        assertEquals(0, count("SELECT COUNT(*) FROM course c JOIN support_organization o ON o.id = c.provider_id "
                + "WHERE o.region_id <> c.region_id"), "providers are the region's own");
        assertEquals(count("SELECT COUNT(*) FROM enrollment WHERE status = 'COMPLETED'"),
                count("SELECT COUNT(DISTINCT certificate_number) FROM enrollment WHERE status = 'COMPLETED' "
                        + "AND completed_on IS NOT NULL AND hours IS NOT NULL"), "certificates are unique");
        assertEquals(0, count("SELECT COUNT(*) FROM enrollment e JOIN course_session s ON s.id = e.session_id "
                + "JOIN course c ON c.id = s.course_id WHERE e.status = 'COMPLETED' AND e.hours <> c.hours"));
        assertEquals(0, count("SELECT COUNT(*) FROM enrollment e JOIN course_session s ON s.id = e.session_id "
                + "JOIN course c ON c.id = s.course_id WHERE e.status = 'PENDING_APPROVAL' AND NOT c.requires_approval"));
        assertTrue(count("SELECT COUNT(*) FROM enrollment WHERE status = 'PENDING_APPROVAL'") > 0);
        assertTrue(count("SELECT COUNT(*) FROM event_registration WHERE attended") > 0);
    }

    @Test
    void noSessionIsOverCapacity() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM course_session WHERE confirmed_count > capacity"));
        assertEquals(0, count("SELECT COUNT(*) FROM course_session s WHERE" + demoSessions + "AND s.confirmed_count <> "
                + "(SELECT COUNT(*) FROM enrollment e WHERE e.session_id = s.id "
                + "AND e.status IN ('CONFIRMED', 'COMPLETED'))"));
        assertEquals(0, count("SELECT COUNT(*) FROM course_session s WHERE" + demoSessions + "AND s.confirmed_count < s.capacity "
                + "AND EXISTS (SELECT 1 FROM enrollment e WHERE e.session_id = s.id AND e.status = 'WAITLISTED')"),
                "a waitlist only where the session is full");
    }

    @Test
    void waitlistNumbersAreContiguousPerSession() throws SQLException {
        Map<Long, List<Integer>> numbers = new TreeMap<>();
        Map<Long, Integer> counters = new TreeMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT session_id, waitlist_number FROM enrollment "
                    + "WHERE status = 'WAITLISTED' ORDER BY session_id, waitlist_number")) {
                while (rs.next()) {
                    numbers.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getInt(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT s.id, s.waitlist_counter FROM course_session s WHERE"
                    + demoSessions)) {
                while (rs.next()) {
                    counters.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        assertFalse(numbers.isEmpty(), "some sessions have a waitlist");
        for (Map.Entry<Long, Integer> counter : counters.entrySet()) {
            List<Integer> list = numbers.getOrDefault(counter.getKey(), List.of());
            for (int i = 0; i < list.size(); i++) {
                assertEquals(i + 1, list.get(i), "waitlist of session " + counter.getKey());
            }
            assertEquals(list.size(), counter.getValue(), "waitlist_counter of session " + counter.getKey());
        }
    }

    @Test
    void theDemoTeacherHasTheScriptedStory() throws SQLException {
        long teacher = count("SELECT person_id FROM account WHERE login = 'teacher'");
        String mine = "FROM enrollment e JOIN course_session s ON s.id = e.session_id WHERE e.person_id = " + teacher
                + " AND" + demoEnrollments;
        assertEquals(2, count("SELECT COUNT(*) " + mine));
        assertEquals(1, count("SELECT COUNT(*) " + mine + " AND e.status = 'COMPLETED' "
                + "AND e.certificate_number IS NOT NULL AND s.ends_on < '2026-11-23'"));
        assertEquals(1, count("SELECT COUNT(*) " + mine + " AND e.status = 'CONFIRMED' AND s.starts_on > '2026-11-23'"));
        // A formative-assessment course teacher can still take: upcoming, open for enrollment, free seats.
        long free = count("SELECT COUNT(*) FROM course c JOIN course_session s ON s.course_id = c.id "
                + "JOIN account a ON a.login = 'teacher' JOIN person p ON p.id = a.person_id "
                + "WHERE c.status = 'PUBLISHED' AND c.region_id = p.region_id AND c.title LIKE '%ормирующее оценивание%' "
                + "AND s.status = 'OPEN' AND s.enrollment_deadline >= '2026-11-23' AND s.confirmed_count < s.capacity "
                + "AND NOT EXISTS (SELECT 1 FROM enrollment e JOIN course_session s2 ON s2.id = e.session_id "
                + "WHERE s2.course_id = c.id AND e.person_id = p.id AND" + demoEnrollments + ")");
        assertTrue(free > 0, "an upcoming formative-assessment course with free seats");
        try (Connection c = db.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT c.requires_approval FROM course c WHERE c.title = ?")) {
            ps.setString(1, DemoCourses.FORMATIVE_TITLE);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertNotNull(rs.getObject(1));
                assertFalse(rs.getBoolean(1), "the journey enrolls without approval");
            }
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
