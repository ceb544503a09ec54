package ru.trajectory.courses.api;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.Json;
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
import ru.trajectory.testing.TestDatabase;
import ru.trajectory.testing.TestSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Courses through the API: catalogue, enrollment with capacity, waitlist, approval, completion. */
@ExtendWith(ArquillianExtension.class)
class CoursesApiIT {

    private static final String PASSWORD = "courses-test-1";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void capacityHoldsUnder200ConcurrentEnrollmentsAndTheWaitlistKeepsOrder() throws Exception {
        String session = session(course("Конкурентная запись", 36, false), 30, 10);
        List<Long> people = staffOfQueueSchool("concurrent", 200);
        ApiClient director = queueSchoolDirector();
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (long person : people) {
                Callable<Integer> call = () -> director.post("api/v1/sessions/" + session + "/enrollments",
                        Json.createObjectBuilder().add("personId", String.valueOf(person)).build()).status();
                answers.add(pool.submit(call));
            }
            for (Future<Integer> answer : answers) {
                assertEquals(201, answer.get());
            }
        } finally {
            pool.shutdown();
        }
        List<long[]> rows = rows("SELECT id, CASE status WHEN 'CONFIRMED' THEN 0 ELSE 1 END, COALESCE(waitlist_number, 0) "
                + "FROM enrollment WHERE session_id = " + session + " ORDER BY id");
        assertEquals(200, rows.size());
        assertEquals(30, rows.stream().filter(r -> r[1] == 0).count(), "exactly the capacity is confirmed");
        List<long[]> waiting = rows.stream().filter(r -> r[1] == 1).toList();
        assertEquals(170, waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            assertEquals(i + 1, waiting.get(i)[2], "waitlist numbers follow the order of acceptance");
        }
        long lastConfirmed = rows.stream().filter(r -> r[1] == 0).mapToLong(r -> r[0]).max().orElseThrow();
        assertTrue(lastConfirmed < waiting.get(0)[0], "every confirmed request came before every waitlisted one");
        assertEquals(30, TestSql.number("SELECT confirmed_count FROM course_session WHERE id = " + session));
    }

    @Test
    void theSamePersonEnrollingManyTimesAtOnceGetsOnePlace() throws Exception {
        String session = session(course("Двойной клик", 16, false), 30, 10);
        long person = staffOfQueueSchool("double", 1).get(0);
        ApiClient director = queueSchoolDirector();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 8; i++) {
                answers.add(pool.submit(() -> director.post("api/v1/sessions/" + session + "/enrollments",
                        Json.createObjectBuilder().add("personId", String.valueOf(person)).build()).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, TestSql.number("SELECT COUNT(*) FROM enrollment WHERE session_id = " + session));
        assertEquals(1, TestSql.number("SELECT confirmed_count FROM course_session WHERE id = " + session));
    }

    @Test
    void cancellingAConfirmedPlacePromotesTheFirstOfTheWaitlist() {
        String session = session(course("Продвижение очереди", 24, false), 2, 10);
        List<Long> people = staffOfQueueSchool("waitlist", 4);
        ApiClient director = queueSchoolDirector();
        List<JsonObject> e = new ArrayList<>();
        for (long person : people) {
            e.add(director.post("api/v1/sessions/" + session + "/enrollments",
                    Json.createObjectBuilder().add("personId", String.valueOf(person)).build()).json());
        }
        assertEquals("CONFIRMED", e.get(1).getString("status"));
        assertEquals("WAITLISTED", e.get(2).getString("status"));
        assertEquals(1, e.get(2).getInt("position"));
        assertEquals(2, e.get(3).getInt("position"));

        assertEquals("CANCELLED", director.delete("api/v1/enrollments/" + e.get(0).getString("id")).json().getString("status"));
        assertEquals("CONFIRMED", director.get("api/v1/enrollments/" + e.get(2).getString("id")).json().getString("status"));
        JsonObject last = director.get("api/v1/enrollments/" + e.get(3).getString("id")).json();
        assertEquals("WAITLISTED", last.getString("status"));
        assertEquals(1, last.getInt("position"), "moved up to first in line");
        assertEquals(2, TestSql.number("SELECT confirmed_count FROM course_session WHERE id = " + session));
    }

    @Test
    void aCourseWithApprovalWaitsForTheDirector() {
        String session = session(course("Курс с согласованием", 72, true), 10, 10);
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher("course.approval", PASSWORD, school);
        TestAccounts.teacher("course.rejected", PASSWORD, school);
        ApiClient teacher = new ApiClient(base).as("course.approval", PASSWORD);
        JsonObject pending = teacher.post("api/v1/sessions/" + session + "/enrollments", Json.createObjectBuilder().build()).json();
        assertEquals("PENDING_APPROVAL", pending.getString("status"));
        assertEquals(0, TestSql.number("SELECT confirmed_count FROM course_session WHERE id = " + session), "no seat before approval");
        assertEquals(403, teacher.post("api/v1/enrollments/" + pending.getString("id") + "/approve",
                Json.createObjectBuilder().build()).status(), "a teacher cannot approve themselves");
        ApiClient director = new ApiClient(base).as("director");
        assertEquals("CONFIRMED", director.post("api/v1/enrollments/" + pending.getString("id") + "/approve",
                Json.createObjectBuilder().build()).json().getString("status"));
        JsonObject other = new ApiClient(base).as("course.rejected", PASSWORD)
                .post("api/v1/sessions/" + session + "/enrollments", Json.createObjectBuilder().build()).json();
        assertEquals("REJECTED", director.post("api/v1/enrollments/" + other.getString("id") + "/reject",
                Json.createObjectBuilder().build()).json().getString("status"));
        assertEquals(409, director.post("api/v1/enrollments/" + other.getString("id") + "/approve",
                Json.createObjectBuilder().build()).status(), "a decided request stays decided");
    }

    @Test
    void badEnrollmentsAreRefusedInRussianAndChangeNothing() {
        String course = course("Проверка ограничений", 16, false);
        String open = session(course, 5, 10);
        TestAccounts.teacher("course.twice", PASSWORD, TestAccounts.schoolOf("teacher"));
        ApiClient teacher = new ApiClient(base).as("course.twice", PASSWORD);
        assertEquals(201, teacher.post("api/v1/sessions/" + open + "/enrollments", Json.createObjectBuilder().build()).status());
        Response twice = teacher.post("api/v1/sessions/" + open + "/enrollments", Json.createObjectBuilder().build());
        assertEquals(409, twice.status());
        assertTrue(twice.json().getString("detail").contains("уже записан"));

        ApiClient methodologist = new ApiClient(base).as("methodologist");
        LocalDate today = LocalDate.now();
        Response closed = methodologist.post("api/v1/courses/" + course + "/sessions", Json.createObjectBuilder()
                .add("start", today.minusDays(5).toString()).add("end", today.plusDays(5).toString())
                .add("format", "DISTANCE").add("capacity", "10").add("enrollmentDeadline", today.minusDays(2).toString())
                .add("place", "https://webinar.example/room").build());
        assertEquals(201, closed.status(), closed.body());
        Response late = teacher.post("api/v1/sessions/" + closed.json().getString("id") + "/enrollments",
                Json.createObjectBuilder().build());
        assertEquals(400, late.status());
        assertTrue(late.body().contains("закончилась"), late.body());

        String cancelled = session(course, 5, 10);
        TestSql.execute("UPDATE course_session SET status = 'CANCELLED' WHERE id = " + cancelled);
        Response intoCancelled = teacher.post("api/v1/sessions/" + cancelled + "/enrollments", Json.createObjectBuilder().build());
        assertEquals(400, intoCancelled.status());
        assertTrue(intoCancelled.body().contains("отменён"), intoCancelled.body());

        Response negative = methodologist.post("api/v1/courses/" + course + "/sessions", Json.createObjectBuilder()
                .add("start", today.plusDays(20).toString()).add("end", today.plusDays(22).toString())
                .add("format", "IN_PERSON").add("capacity", "-3").build());
        assertEquals(400, negative.status());
        assertTrue(negative.body().contains("Число мест"), negative.body());
        assertEquals(0, TestSql.number("SELECT COUNT(*) FROM enrollment WHERE session_id IN (" + closed.json().getString("id")
                + ", " + cancelled + ")"));
    }

    @Test
    void aMethodologistCompletesAParticipantWithHoursAndCertificate() {
        String course = course("Завершение курса", 36, false);
        String session = session(course, 10, 10);
        TestAccounts.teacher("course.complete", PASSWORD, TestAccounts.schoolOf("teacher"));
        String enrollment = new ApiClient(base).as("course.complete", PASSWORD)
                .post("api/v1/sessions/" + session + "/enrollments", Json.createObjectBuilder().build()).json().getString("id");
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        Response tooMany = methodologist.post("api/v1/enrollments/" + enrollment + "/complete", Json.createObjectBuilder()
                .add("hours", "72").add("date", LocalDate.now().toString()).add("certificateNumber", "772400012345").build());
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.body().contains("от 1 до 36"), tooMany.body());
        assertEquals("CONFIRMED", methodologist.get("api/v1/enrollments/" + enrollment).json().getString("status"));
        JsonObject done = methodologist.post("api/v1/enrollments/" + enrollment + "/complete", Json.createObjectBuilder()
                .add("hours", "36").add("date", LocalDate.now().toString()).add("certificateNumber", "772400012345").build()).json();
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals("772400012345", done.getString("certificateNumber"));
        assertEquals(403, new ApiClient(base).as("course.complete", PASSWORD).post("api/v1/enrollments/" + enrollment
                + "/complete", Json.createObjectBuilder().add("hours", "1").add("date", LocalDate.now().toString())
                .add("certificateNumber", "1").build()).status(), "a teacher cannot complete themselves");
    }

    @Test
    void aGroupIsCompletedAtOnceOrFromAFileCheckedRowByRow() {
        String course = course("Групповое завершение", 24, false);
        String session = session(course, 10, 10);
        long school = TestAccounts.schoolOf("teacher");
        for (String login : List.of("group.one", "group.two", "group.three")) {
            TestAccounts.teacher(login, PASSWORD, school);
            assertEquals(201, new ApiClient(base).as(login, PASSWORD).post("api/v1/sessions/" + session + "/enrollments",
                    Json.createObjectBuilder().build()).status());
        }
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String today = LocalDate.now().toString();
        String bad = "login;hours;date;certificateNumber\n"
                + "group.one;24;" + today + ";772400000001\n"
                + "group.two;99;" + today + ";772400000002\n"
                + "no.such.person;24;" + today + ";772400000003\n";
        Response refused = methodologist.post("api/v1/sessions/" + session + "/completions/import", "text/csv",
                bad.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused.body());
        assertEquals(2, refused.json().getJsonArray("rejected").size());
        assertEquals(0, TestSql.number("SELECT COUNT(*) FROM enrollment WHERE session_id = " + session + " AND status = 'COMPLETED'"),
                "a file with refused rows changes nothing");
        Response good = methodologist.post("api/v1/sessions/" + session + "/completions/import", "text/csv",
                ("login,hours,date,certificateNumber\ngroup.one,24," + today + ",772400000001\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, good.status(), good.body());
        assertEquals(1, good.json().getInt("updated"));

        JsonObject rest = methodologist.post("api/v1/sessions/" + session + "/completions", Json.createObjectBuilder()
                .add("hours", "24").add("date", today).add("firstCertificateNumber", "0772400000010").build()).json();
        assertEquals(2, rest.getInt("completed"), "the remaining confirmed participants; a completed one keeps its certificate");
        assertEquals(3, TestSql.number("SELECT COUNT(*) FROM enrollment WHERE session_id = " + session + " AND status = 'COMPLETED'"));
        assertEquals(3, TestSql.number("SELECT COUNT(DISTINCT certificate_number) FROM enrollment WHERE session_id = " + session));
    }

    @Test
    void aDirectorEnrollsOnlyTheirOwnStaffAndTeachersOnlyThemselves() {
        String session = session(course("Запись сотрудников", 16, false), 10, 10);
        long otherSchool = TestSql.number("SELECT MIN(id) FROM school WHERE id <> " + TestAccounts.schoolOf("teacher"));
        long stranger = TestAccounts.teacher("course.stranger", PASSWORD, otherSchool);
        Response foreign = new ApiClient(base).as("director").post("api/v1/sessions/" + session + "/enrollments",
                Json.createObjectBuilder().add("personId", String.valueOf(stranger)).build());
        assertEquals(403, foreign.status());
        TestAccounts.teacher("course.colleague", PASSWORD, TestAccounts.schoolOf("teacher"));
        Response forColleague = new ApiClient(base).as("course.colleague", PASSWORD).post("api/v1/sessions/" + session
                + "/enrollments", Json.createObjectBuilder().add("personId", String.valueOf(TestAccounts.personOf("teacher"))).build());
        assertEquals(403, forColleague.status());
        assertEquals(403, new ApiClient(base).as("teacher").post("api/v1/courses", Json.createObjectBuilder()
                .add("title", "Курс учителя").build()).status(), "teachers do not create courses");
    }

    @Test
    void peopleRegisterForEventsAndAMethodologistMarksWhoAttended() {
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(3));
        Response created = methodologist.post("api/v1/events", Json.createObjectBuilder()
                .add("title", "Вебинар: формирующее оценивание " + System.nanoTime()).add("kind", "WEBINAR")
                .add("startsAt", start.toString()).add("endsAt", start.plus(java.time.Duration.ofHours(2)).toString())
                .add("place", "https://webinar.example/fo").add("competencyCodes", Json.createArrayBuilder().add("MET-02"))
                .build());
        assertEquals(201, created.status(), created.body());
        String event = created.json().getString("id");
        long school = TestAccounts.schoolOf("teacher");
        long attendee = TestAccounts.teacher("event.attendee", PASSWORD, school);
        long absent = TestAccounts.teacher("event.absent", PASSWORD, school);
        long unregistered = TestAccounts.teacher("event.unregistered", PASSWORD, school);
        ApiClient teacher = new ApiClient(base).as("event.attendee", PASSWORD);
        assertEquals(201, teacher.post("api/v1/events/" + event + "/registrations", Json.createObjectBuilder().build()).status());
        assertEquals(409, teacher.post("api/v1/events/" + event + "/registrations", Json.createObjectBuilder().build()).status());
        assertEquals(201, new ApiClient(base).as("event.absent", PASSWORD)
                .post("api/v1/events/" + event + "/registrations", Json.createObjectBuilder().build()).status());

        Response wrong = methodologist.post("api/v1/events/" + event + "/attendance", Json.createObjectBuilder()
                .add("personIds", Json.createArrayBuilder().add(String.valueOf(attendee)).add(String.valueOf(unregistered)))
                .build());
        assertEquals(400, wrong.status());
        assertTrue(wrong.body().contains("не регистрировался"), wrong.body());
        assertEquals(0, TestSql.number("SELECT COUNT(*) FROM event_registration WHERE event_id = " + event + " AND attended"));

        JsonObject marked = methodologist.post("api/v1/events/" + event + "/attendance", Json.createObjectBuilder()
                .add("personIds", Json.createArrayBuilder().add(String.valueOf(attendee))).build()).json();
        assertEquals(1, marked.getInt("marked"));
        assertEquals(0, methodologist.post("api/v1/events/" + event + "/attendance", Json.createObjectBuilder()
                .add("personIds", Json.createArrayBuilder().add(String.valueOf(attendee))).build()).json().getInt("marked"),
                "attendance is recorded once");
        assertEquals(1, TestSql.number("SELECT COUNT(*) FROM event_registration WHERE event_id = " + event + " AND attended"));
        assertEquals(0, TestSql.number("SELECT COUNT(*) FROM event_registration WHERE event_id = " + event + " AND person_id = "
                + absent + " AND attended"));
        assertEquals(403, teacher.post("api/v1/events/" + event + "/attendance", Json.createObjectBuilder()
                .add("personIds", Json.createArrayBuilder().add(String.valueOf(attendee))).build()).status());
    }

    @Test
    void aMethodologistReschedulesASessionAndAddedSeatsGoToTheWaitlist() {
        String session = session(course("Перенос потока", 24, false), 1, 10);
        List<Long> people = staffOfQueueSchool("reschedule", 3);
        ApiClient director = queueSchoolDirector();
        List<String> ids = new ArrayList<>();
        for (long person : people) {
            ids.add(director.post("api/v1/sessions/" + session + "/enrollments",
                    Json.createObjectBuilder().add("personId", String.valueOf(person)).build()).json().getString("id"));
        }
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        LocalDate start = LocalDate.now().plusDays(30);
        Response below = methodologist.put("api/v1/sessions/" + session, reschedule(start, 0));
        assertEquals(400, below.status());
        assertTrue(below.body().contains("Число мест"), below.body());
        Response tooFew = methodologist.put("api/v1/sessions/" + session, Json.createObjectBuilder()
                .add("start", start.toString()).add("end", start.minusDays(1).toString()).add("format", "DISTANCE")
                .add("capacity", "1").build());
        assertEquals(400, tooFew.status());
        assertTrue(tooFew.body().contains("раньше, чем начался"), tooFew.body());
        assertEquals(LocalDate.now().plusDays(10).toString(),
                TestSql.text("SELECT CAST(starts_on AS CHAR) FROM course_session WHERE id = " + session), "nothing changed");
        assertEquals(403, new ApiClient(base).as("teacher").put("api/v1/sessions/" + session, reschedule(start, 5)).status());

        JsonObject moved = methodologist.put("api/v1/sessions/" + session, reschedule(start, 2)).json();
        assertEquals(start.toString(), moved.getString("start"));
        assertEquals("DISTANCE", moved.getString("format"));
        assertEquals(0, moved.getInt("freeSeats"), "the added seat went to the first in line");
        assertEquals("CONFIRMED", director.get("api/v1/enrollments/" + ids.get(1)).json().getString("status"));
        assertEquals(1, TestSql.number("SELECT COUNT(*) FROM notification WHERE kind = 'courses.promoted' AND person_id = "
                + people.get(1)), "the promoted person is told");
        assertEquals(3, TestSql.number("SELECT COUNT(*) FROM notification WHERE kind = 'courses.session-moved' AND person_id IN ("
                + people.get(0) + ", " + people.get(1) + ", " + people.get(2) + ")"), "everyone in the session hears of the move");
        JsonObject last = director.get("api/v1/enrollments/" + ids.get(2)).json();
        assertEquals(1, last.getInt("position"));

        Response shrink = methodologist.put("api/v1/sessions/" + session, reschedule(start, 1));
        assertEquals(400, shrink.status());
        assertTrue(shrink.body().contains("уже подтверждено: 2"), shrink.body());

        JsonObject roster = methodologist.get("api/v1/sessions/" + session).json();
        assertEquals(3, roster.getJsonArray("participants").size());
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "WAITLISTED"), roster.getJsonArray("participants").stream()
                .map(v -> v.asJsonObject().getString("status")).toList());
        assertEquals(403, new ApiClient(base).as("teacher").get("api/v1/sessions/" + session).status(),
                "the roster is the methodologist's");

        assertEquals("CANCELLED", methodologist.post("api/v1/sessions/" + session + "/cancel",
                Json.createObjectBuilder().build()).json().getString("status"));
        assertEquals(0, TestSql.number("SELECT COUNT(*) FROM enrollment WHERE session_id = " + session
                + " AND status <> 'CANCELLED'"), "a cancelled session cancels every request in it");
        assertEquals(0, TestSql.number("SELECT confirmed_count FROM course_session WHERE id = " + session));
        assertEquals(3, TestSql.number("SELECT COUNT(*) FROM notification WHERE kind = 'courses.session-cancelled' "
                + "AND person_id IN (" + people.get(0) + ", " + people.get(1) + ", " + people.get(2) + ")"));
        assertEquals(409, methodologist.put("api/v1/sessions/" + session, reschedule(start, 5)).status());
    }

    @Test
    void chosenParticipantsAreCompletedWithConsecutiveCertificates() {
        String course = course("Выборочное завершение", 18, false);
        String session = session(course, 10, 10);
        List<Long> people = staffOfQueueSchool("chosen", 3);
        ApiClient director = queueSchoolDirector();
        List<String> ids = new ArrayList<>();
        for (long person : people) {
            ids.add(director.post("api/v1/sessions/" + session + "/enrollments",
                    Json.createObjectBuilder().add("personId", String.valueOf(person)).build()).json().getString("id"));
        }
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String today = LocalDate.now().toString();
        Response letters = methodologist.post("api/v1/sessions/" + session + "/completions", Json.createObjectBuilder()
                .add("enrollmentIds", Json.createArrayBuilder().add(ids.get(0)).add(ids.get(1)))
                .add("hours", "18").add("date", today).add("firstCertificateNumber", "УД-1").build());
        assertEquals(400, letters.status());
        assertTrue(letters.body().contains("цифры"), letters.body());
        assertEquals(0, TestSql.number("SELECT COUNT(*) FROM enrollment WHERE session_id = " + session + " AND status = 'COMPLETED'"));

        assertEquals(2, methodologist.post("api/v1/sessions/" + session + "/completions", Json.createObjectBuilder()
                .add("enrollmentIds", Json.createArrayBuilder().add(ids.get(0)).add(ids.get(1)))
                .add("hours", "18").add("date", today).add("firstCertificateNumber", "0099").build()).json().getInt("completed"));
        assertEquals("0099", director.get("api/v1/enrollments/" + ids.get(0)).json().getString("certificateNumber"));
        assertEquals("0100", director.get("api/v1/enrollments/" + ids.get(1)).json().getString("certificateNumber"));
        assertEquals(1, methodologist.post("api/v1/sessions/" + session + "/completions", Json.createObjectBuilder()
                .add("enrollmentIds", Json.createArrayBuilder().add(ids.get(2)))
                .add("hours", "12").add("date", today).add("firstCertificateNumber", "УД-77/2026").build()).json().getInt("completed"));
        JsonObject single = director.get("api/v1/enrollments/" + ids.get(2)).json();
        assertEquals("УД-77/2026", single.getString("certificateNumber"), "one participant keeps the number as written");
        assertEquals(12, single.getInt("hours"));
    }

    @Test
    void aDirectorSeesTheRequestsOfTheirOwnSchoolOnly() {
        String session = session(course("Заявки школы", 36, true), 10, 10);
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher("course.request", PASSWORD, school);
        String request = new ApiClient(base).as("course.request", PASSWORD).post("api/v1/sessions/" + session + "/enrollments",
                Json.createObjectBuilder().build()).json().getString("id");
        ApiClient director = new ApiClient(base).as("director");
        JsonObject pending = director.get("api/v1/schools/" + school + "/enrollments?status=PENDING_APPROVAL").json();
        assertTrue(pending.getJsonArray("items").stream().anyMatch(v -> v.asJsonObject().getString("id").equals(request)),
                pending.toString());
        assertTrue(pending.getJsonArray("items").stream().allMatch(v -> v.asJsonObject().getString("status")
                .equals("PENDING_APPROVAL")));
        assertEquals(403, director.get("api/v1/schools/" + queueSchool() + "/enrollments").status());
        assertEquals(403, new ApiClient(base).as("course.request", PASSWORD)
                .get("api/v1/schools/" + school + "/enrollments").status());
        assertEquals(400, director.get("api/v1/schools/" + school + "/enrollments?status=SOMETHING").status());
    }

    @Test
    void aMethodologistCorrectsACourseAndABadCorrectionChangesNothing() {
        String course = course("Исправление карточки", 36, false);
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        JsonObject before = methodologist.get("api/v1/courses/" + course).json();
        Response bad = methodologist.put("api/v1/courses/" + course, Json.createObjectBuilder()
                .add("title", " ").add("hours", "0").add("format", "ONLINE").build());
        assertEquals(400, bad.status());
        assertTrue(bad.json().getJsonArray("errors").stream().map(v -> v.asJsonObject().getString("field")).toList()
                .containsAll(List.of("title", "hours", "format")), bad.body());
        assertEquals(before, methodologist.get("api/v1/courses/" + course).json(), "a refused correction changes nothing");

        JsonObject after = methodologist.put("api/v1/courses/" + course, Json.createObjectBuilder()
                .add("title", "Исправленное название " + System.nanoTime()).add("providerId", before.getString("providerId"))
                .add("hours", "48").add("format", "DISTANCE").add("requiresApproval", true)
                .add("competencyCodes", Json.createArrayBuilder().add("MET-01").add("FG-01")).build()).json();
        assertEquals(48, after.getInt("hours"));
        assertEquals("DISTANCE", after.getString("format"));
        assertTrue(after.getBoolean("requiresApproval"));
        assertEquals("PUBLISHED", after.getString("status"), "a correction keeps the course published");
        assertEquals(403, new ApiClient(base).as("teacher").put("api/v1/courses/" + course, Json.createObjectBuilder()
                .add("title", "Чужая правка").add("hours", "1").add("format", "DISTANCE").build()).status());
        assertEquals("ARCHIVED", methodologist.post("api/v1/courses/" + course + "/archive", Json.createObjectBuilder().build())
                .json().getString("status"));
        assertEquals(404, new ApiClient(base).as("teacher").get("api/v1/courses/" + course).status(),
                "an archived course leaves the catalogue");
    }

    private static JsonObject reschedule(LocalDate start, int capacity) {
        return Json.createObjectBuilder().add("start", start.toString()).add("end", start.plusDays(2).toString())
                .add("format", "DISTANCE").add("place", "https://webinar.example/moved")
                .add("capacity", String.valueOf(capacity)).build();
    }

    private String course(String title, int hours, boolean approval) {
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        long provider = TestSql.number("SELECT o.id FROM support_organization o JOIN person p ON p.region_id = o.region_id "
                + "JOIN account a ON a.person_id = p.id WHERE a.login = 'teacher' AND o.kind = 'CNPPM'");
        Response created = methodologist.post("api/v1/courses", Json.createObjectBuilder()
                .add("title", title + " " + System.nanoTime()).add("providerId", String.valueOf(provider))
                .add("hours", String.valueOf(hours)).add("format", "BLENDED").add("requiresApproval", approval)
                .add("competencyCodes", Json.createArrayBuilder().add("MET-02")).build());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals("PUBLISHED", methodologist.post("api/v1/courses/" + id + "/publish", Json.createObjectBuilder().build())
                .json().getString("status"));
        return id;
    }

    private String session(String course, int capacity, int startsInDays) {
        LocalDate start = LocalDate.now().plusDays(startsInDays);
        Response created = new ApiClient(base).as("methodologist").post("api/v1/courses/" + course + "/sessions",
                Json.createObjectBuilder().add("start", start.toString()).add("end", start.plusDays(4).toString())
                        .add("format", "IN_PERSON").add("place", "ЦНППМ, ауд. 12").add("capacity", String.valueOf(capacity))
                        .build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    /**
     * A school of its own for the queue tests (the last one of the demo region), so that their
     * hundreds of extra staff do not change the schools other test classes count.
     */
    private static long queueSchool() {
        return TestSql.number("SELECT MAX(id) FROM school");
    }

    private ApiClient queueSchoolDirector() {
        if (TestSql.number("SELECT COUNT(*) FROM account WHERE login = 'queue.director'") == 0) {
            TestAccounts.staff("queue.director", PASSWORD, queueSchool(), "SCHOOL_ADMIN");
        }
        return new ApiClient(base).as("queue.director", PASSWORD);
    }

    /** Staff of the queue school, written in one batch (they need no accounts: its director enrolls them). */
    private static List<Long> staffOfQueueSchool(String tag, int count) {
        long school = queueSchool();
        List<Long> ids = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("INSERT INTO person (last_name, first_name, school_id, "
                     + "municipality_id, region_id, position) SELECT ?, 'Тест', s.id, m.id, m.region_id, 'TEACHER' "
                     + "FROM school s JOIN municipality m ON m.id = s.municipality_id WHERE s.id = ?",
                     Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < count; i++) {
                p.setString(1, "Очередь-" + tag + "-" + i);
                p.setLong(2, school);
                p.executeUpdate();
                try (ResultSet keys = p.getGeneratedKeys()) {
                    keys.next();
                    ids.add(keys.getLong(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static List<long[]> rows(String sql) throws SQLException {
        List<long[]> result = new ArrayList<>();
        try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                result.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
            }
        }
        return result;
    }
}
