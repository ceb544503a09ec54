package ru.trajectory.pages;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.JavascriptExecutor;

import ru.trajectory.identity.service.PasswordHasher;
import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.BrowserTest;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;
import ru.trajectory.testing.TestSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learning events and the learning calendar: the .ics export through the API (own entries
 * only, whole-day sessions, UTC events, tentative waits), a teacher registering on the events
 * page and finding the event and a course session in «Мой календарь» (list and widget), and a
 * methodologist creating an event through the form and marking attendance, with the scope
 * checks that keep everyone else out. Everything is created here with unique titles, and the
 * teachers are fresh accounts, so the shared database's other data cannot interfere.
 */
@ExtendWith(ArquillianExtension.class)
class EventsAndCalendarIT extends BrowserTest {

    private static final String PASSWORD = "events-calendar-1";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter ICS_DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter ICS_UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void calendarIcsHoldsTheCallersOwnSessionsAndEventsOnly() {
        String tag = "ics" + System.nanoTime();
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String mineLogin = "cal.a." + tag;
        String otherLogin = "cal.b." + tag;
        long school = TestAccounts.schoolOf("teacher");
        long me = TestAccounts.teacher(mineLogin, PASSWORD, school);
        TestAccounts.teacher(otherLogin, PASSWORD, school);
        ApiClient mine = new ApiClient(base).as(mineLogin, PASSWORD);
        ApiClient other = new ApiClient(base).as(otherLogin, PASSWORD);

        LocalDate day = today().plusDays(20);
        String title = "Курс для календаря, часть 1; " + tag;
        String course = course(methodologist, title);
        String session = session(methodologist, course, day, day.plusDays(2), 5);
        String enrollment = enroll(mine, session);
        String fullTitle = "Полный поток " + tag;
        String full = session(methodologist, course(methodologist, fullTitle), day.plusDays(5), day.plusDays(5), 1);
        enroll(other, full);
        String waiting = enroll(mine, full);
        String otherCourse = "Чужой курс " + tag;
        enroll(other, session(methodologist, course(methodologist, otherCourse), day, day, 5));

        Instant start = day.atTime(10, 0).atZone(MOSCOW).toInstant();
        String eventTitle = "Вебинар для календаря " + tag;
        String event = event(methodologist, eventTitle, start, start.plusSeconds(5400), null);
        assertEquals(201, mine.post("api/v1/events/" + event + "/registrations", Json.createObjectBuilder().build()).status());
        String otherEvent = event(methodologist, "Чужой семинар " + tag, start, start.plusSeconds(3600), null);
        assertEquals(201, other.post("api/v1/events/" + otherEvent + "/registrations", Json.createObjectBuilder().build())
                .status());
        long registration = TestSql.number("SELECT id FROM event_registration WHERE event_id = " + event
                + " AND person_id = " + me);

        Response ics = mine.get("api/v1/me/calendar.ics");
        assertEquals(200, ics.status(), ics.body());
        assertTrue(ics.contentType().replace(" ", "").toLowerCase().startsWith("text/calendar;charset=utf-8"),
                ics.contentType());
        assertEquals("attachment; filename=\"trajectory-calendar.ics\"", ics.header("Content-Disposition"));
        String body = ics.body();
        assertTrue(body.startsWith("BEGIN:VCALENDAR\r\n") && body.endsWith("END:VCALENDAR\r\n"), body);
        assertFalse(body.replace("\r\n", "").contains("\n"), "CRLF line ends only");
        for (String line : body.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        Map<String, Map<String, String>> events = vevents(body);

        Map<String, String> confirmed = byUidPrefix(events, "enrollment-" + enrollment + "@");
        assertEquals(ICS_DATE.format(day), confirmed.get("DTSTART;VALUE=DATE"));
        assertEquals(ICS_DATE.format(day.plusDays(3)), confirmed.get("DTEND;VALUE=DATE"), "DTEND is the day after the last");
        assertEquals("Курс для календаря\\, часть 1\\; " + tag, confirmed.get("SUMMARY"), "TEXT escaping");
        assertEquals("CONFIRMED", confirmed.get("STATUS"));
        assertTrue(confirmed.get("URL").endsWith("/courses/course.xhtml?id=" + course), confirmed.get("URL"));
        assertNotNull(confirmed.get("DTSTAMP"));

        Map<String, String> tentative = byUidPrefix(events, "enrollment-" + waiting + "@");
        assertEquals("TENTATIVE", tentative.get("STATUS"), "a waitlisted place is not sure yet");

        Map<String, String> webinar = byUidPrefix(events, "event-registration-" + registration + "@");
        assertEquals(ICS_UTC.format(start), webinar.get("DTSTART"));
        assertEquals(ICS_UTC.format(start.plusSeconds(5400)), webinar.get("DTEND"));
        assertEquals("Вебинар: " + eventTitle, webinar.get("SUMMARY"));
        assertEquals("https://webinar.example/" + tag, webinar.get("LOCATION"));
        assertTrue(webinar.get("URL").endsWith("/courses/event.xhtml?id=" + event), webinar.get("URL"));

        assertFalse(body.contains(otherCourse), "another teacher's course never appears");
        assertFalse(body.contains("Чужой семинар"), "another teacher's event never appears");
        assertEquals(events.keySet(), vevents(mine.get("api/v1/me/calendar.ics").body()).keySet(), "UIDs are stable");
        assertTrue(vevents(other.get("api/v1/me/calendar.ics").body()).keySet().stream()
                .noneMatch(uid -> uid.startsWith("enrollment-" + enrollment + "@")));

        Response anonymous = new ApiClient(base).get("api/v1/me/calendar.ics");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous.contentType());
    }

    @Test
    void aTeacherRegistersForAnEventAndFindsItWithACourseInTheCalendar() {
        String tag = "tj" + System.nanoTime();
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String login = "cal.t." + tag;
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher(login, PASSWORD, school);
        TestAccounts.teacher("cal.r." + tag, PASSWORD, school);

        LocalDate day = today().plusDays(15);
        String courseTitle = "Курс в календаре " + tag;
        String course = course(methodologist, courseTitle);
        enroll(new ApiClient(base).as(login, PASSWORD), session(methodologist, course, day, day.plusDays(1), 10));
        Instant start = day.atTime(14, 30).atZone(MOSCOW).toInstant();
        String eventTitle = "Семинар в календаре " + tag;
        String event = event(methodologist, eventTitle, start, start.plusSeconds(7200), 5);
        String lastSeat = event(methodologist, "Последнее место " + tag, start.plusSeconds(86400),
                start.plusSeconds(90000), 1);

        LoginPage.open(browser, root(base)).signInAs(login, PASSWORD);
        EventListPage events = EventListPage.open(browser, root(base));
        assertFalse(events.hasCreateForm(), "teachers do not create events");
        assertTrue(events.rowText(event).contains("осталось 5 из 5"), events.rowText(event));
        assertTrue(events.rowText(event).contains(TYPED.format(LocalDateTime.ofInstant(start, MOSCOW)).substring(0, 10)
                + ", 14:30–16:30"), "Moscow time: " + events.rowText(event));
        String answer = events.register(event);
        assertTrue(answer.contains("Вы зарегистрированы на мероприятие «" + eventTitle + "»"), answer);
        assertTrue(events.rowText(event).contains("Вы зарегистрированы"), events.rowText(event));
        assertTrue(events.rowText(event).contains("осталось 4 из 5"), events.rowText(event));
        assertFalse(events.hasRegisterButton(event));

        // Someone else takes the last seat while the page is open: the service's answer is shown.
        assertEquals(201, new ApiClient(base).as("cal.r." + tag, PASSWORD)
                .post("api/v1/events/" + lastSeat + "/registrations", Json.createObjectBuilder().build()).status());
        String refused = events.register(lastSeat);
        assertTrue(refused.contains("Мест на мероприятии больше нет"), refused);
        assertTrue(events.rowText(lastSeat).contains("Мест нет"), events.rowText(lastSeat));
        assertFalse(events.hasRegisterButton(lastSeat));

        CalendarPage calendar = CalendarPage.open(browser, root(base), day.toString());
        assertTrue(calendar.listEntry(courseTitle).contains("Место подтверждено"), calendar.listEntries().toString());
        assertTrue(calendar.listEntry(eventTitle).contains("Семинар"), calendar.listEntries().toString());
        assertTrue(calendar.listEntry(eventTitle).contains("14:30"), calendar.listEntries().toString());
        assertEquals("", calendar.listEntry("Последнее место " + tag), "a refused registration is not there");
        List<String> month = calendar.scheduleTitles(eventTitle);
        assertTrue(month.stream().anyMatch(t -> t.contains(courseTitle)), month.toString());
        List<String> list = calendar.showListView().scheduleTitles(courseTitle);
        assertTrue(list.stream().anyMatch(t -> t.contains(eventTitle)), list.toString());
        List<String> violations = cspViolations();
        assertTrue(violations.isEmpty(), "the widget runs under the CSP: " + violations);

        String fetched = calendar.fetchIcs();
        assertTrue(fetched.startsWith("200|text/calendar"), fetched.length() > 200 ? fetched.substring(0, 200) : fetched);
        // The driver hands strings back with bare LF line ends; the CRLF is checked over HTTP above.
        String unfolded = fetched.replace("\r\n", "\n").replace("\n ", "");
        assertTrue(unfolded.contains("BEGIN:VCALENDAR") && unfolded.contains(eventTitle), "the signed-in page may fetch it");

        calendar.openFromSchedule(eventTitle);
        assertEquals(eventTitle, EventPageObject.shown(browser).title());
        assertFalse(EventPageObject.shown(browser).showsRegistrations(), "a teacher does not see who else registered");
    }

    @Test
    void aMethodologistCreatesAnEventAndMarksAttendanceWhichNobodyElseCan() {
        String tag = "mj" + System.nanoTime();
        String title = "Мастер-класс по смысловому чтению " + tag;
        LocalDateTime start = today().plusDays(9).atTime(11, 0);

        LoginPage.open(browser, root(base)).signInAs("methodologist", TestDatabase.DEMO_PASSWORD);
        EventListPage events = EventListPage.open(browser, root(base));
        assertTrue(events.hasCreateForm());
        String refused = events.fill(title, "MASTER_CLASS", TYPED.format(start), TYPED.format(start.minusHours(2)),
                "ЦНППМ, ауд. 12", "0", "Практика для учителей-предметников", List.of("MET-02")).create();
        assertTrue(refused.contains("исправьте отмеченные поля"), refused);
        assertTrue(events.fieldError("endsAt").contains("окончание не раньше начала"), events.fieldError("endsAt"));
        assertTrue(events.fieldError("capacity").contains("Число мест"), events.fieldError("capacity"));
        assertEquals("", events.fieldError("title"));
        assertEquals(title, events.typed("title"), "typed values stay after a refusal");
        assertEquals("MASTER_CLASS", events.typed("kind"));
        assertEquals(TYPED.format(start), events.typed("startsAt"));
        assertEquals(TYPED.format(start.minusHours(2)), events.typed("endsAt"));
        assertEquals("ЦНППМ, ауд. 12", events.typed("place"));
        assertEquals("0", events.typed("capacity"));
        assertEquals("Практика для учителей-предметников", events.typed("description"));
        assertEquals("MET-02", events.typed("competencies"));

        String created = events.retype("endsAt_input", TYPED.format(start.plusHours(3))).retype("capacity", "25").create();
        assertTrue(created.contains("Мероприятие создано: «" + title + "»"), created);
        assertEquals("", events.typed("title"), "the form is empty for the next event");
        String event = events.eventIdByTitle(title);
        assertEquals(start.atZone(MOSCOW).toInstant().toString(), new ApiClient(base).as("methodologist")
                .get("api/v1/events/" + event).json().getString("startsAt"), "the typed time is Moscow time");

        long school = TestAccounts.schoolOf("teacher");
        long present = TestAccounts.teacher("ev.p." + tag, PASSWORD, school);
        long absent = TestAccounts.teacher("ev.a." + tag, PASSWORD, school);
        ApiClient teacher = new ApiClient(base).as("ev.p." + tag, PASSWORD);
        assertEquals(201, teacher.post("api/v1/events/" + event + "/registrations", Json.createObjectBuilder().build()).status());
        assertEquals(201, new ApiClient(base).as("ev.a." + tag, PASSWORD)
                .post("api/v1/events/" + event + "/registrations", Json.createObjectBuilder().build()).status());

        EventPageObject page = events.openEvent(root(base), event);
        assertEquals(2, page.registrationRows().size(), page.registrationRows().toString());
        String answer = page.tick(present).markAttendance();
        assertTrue(answer.contains("Отмечено присутствие участников: 1"), answer);
        assertTrue(page.isMarkedAttended(present), page.rowText(present));
        assertTrue(page.rowText(present).contains("Присутствовал(а)"), page.rowText(present));
        assertFalse(page.isMarkedAttended(absent));
        assertTrue(page.summary().contains("Зарегистрировано: 2, присутствие отмечено: 1"), page.summary());
        assertEquals(1, attended(event));

        // The API: a teacher of the region is refused, a methodologist of another region does not see the event.
        JsonObjectBuilder both = Json.createObjectBuilder().add("personIds",
                Json.createArrayBuilder().add(String.valueOf(absent)));
        assertEquals(403, teacher.post("api/v1/events/" + event + "/attendance", both.build()).status());
        assertEquals(403, teacher.get("api/v1/events/" + event + "/registrations").status());
        ApiClient stranger = new ApiClient(base).as(methodologistOfAnotherRegion(tag), PASSWORD);
        assertEquals(404, stranger.post("api/v1/events/" + event + "/attendance", Json.createObjectBuilder()
                .add("personIds", Json.createArrayBuilder().add(String.valueOf(absent))).build()).status());
        assertEquals(404, stranger.get("api/v1/events/" + event).status());
        assertEquals(404, stranger.get("api/v1/events/" + event + "/registrations").status());
        assertEquals(1, attended(event));

        // The page: a teacher has no attendance form, and a forged postback of its button does nothing.
        page.signOut().signInAs("ev.p." + tag, PASSWORD);
        EventPageObject asTeacher = EventPageObject.open(browser, root(base), event);
        assertFalse(asTeacher.showsRegistrations());
        Object status = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "const state = document.querySelector(\"input[name='jakarta.faces.ViewState']\").value;"
                        + "const body = new URLSearchParams({'jakarta.faces.partial.ajax': 'true',"
                        + " 'jakarta.faces.source': 'attendance-form:mark', 'jakarta.faces.partial.execute': '@all',"
                        + " 'attendance-form:mark': 'attendance-form:mark', 'attendance-form': 'attendance-form',"
                        + " 'jakarta.faces.ViewState': state});"
                        + "fetch(location.href, {method: 'POST', credentials: 'same-origin', body: body,"
                        + " headers: {'Faces-Request': 'partial/ajax'}}).then(r => done(r.status)).catch(e => done(-1));");
        assertEquals(200L, ((Number) status).longValue());
        assertEquals(1, attended(event), "nothing was marked by the teacher's request");
    }

    private static long attended(String event) {
        return TestSql.number("SELECT COUNT(*) FROM event_registration WHERE attended AND event_id = " + event);
    }

    /** Console messages of the page that report a Content-Security-Policy refusal. */
    private List<String> cspViolations() {
        List<String> found = new ArrayList<>();
        try {
            browser.manage().logs().get("browser").forEach(entry -> {
                if (entry.getMessage().contains("Content Security Policy")) {
                    found.add(entry.getMessage());
                }
            });
        } catch (UnsupportedOperationException | org.openqa.selenium.WebDriverException noLog) {
            // Without a console log, the widget having rendered its entries is the proof that its scripts ran.
        }
        return found;
    }

    private static LocalDate today() {
        return LocalDate.now(MOSCOW);
    }

    private static String course(ApiClient methodologist, String title) {
        long provider = TestAccounts.scalar("SELECT o.id FROM support_organization o JOIN person p ON p.region_id = o.region_id "
                + "JOIN account a ON a.person_id = p.id WHERE a.login = ? AND o.kind = 'CNPPM' ORDER BY o.id LIMIT 1", "teacher");
        Response course = methodologist.post("api/v1/courses", Json.createObjectBuilder()
                .add("title", title).add("providerId", String.valueOf(provider)).add("hours", "24")
                .add("format", "IN_PERSON").build());
        assertEquals(201, course.status(), course.body());
        String id = course.json().getString("id");
        assertEquals(200, methodologist.post("api/v1/courses/" + id + "/publish", Json.createObjectBuilder().build()).status());
        return id;
    }

    private static String session(ApiClient methodologist, String course, LocalDate start, LocalDate end, int capacity) {
        Response session = methodologist.post("api/v1/courses/" + course + "/sessions", Json.createObjectBuilder()
                .add("start", start.toString()).add("end", end.toString()).add("format", "IN_PERSON")
                .add("place", "ЦНППМ, ауд. 3").add("capacity", String.valueOf(capacity)).build());
        assertEquals(201, session.status(), session.body());
        return session.json().getString("id");
    }

    /** Enrolls the client's person; returns the enrollment id. */
    private static String enroll(ApiClient person, String session) {
        Response r = person.post("api/v1/sessions/" + session + "/enrollments", Json.createObjectBuilder().build());
        assertEquals(201, r.status(), r.body());
        return r.json().getString("id");
    }

    private String event(ApiClient methodologist, String title, Instant start, Instant end, Integer capacity) {
        String tag = title.substring(title.lastIndexOf(' ') + 1);
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", title)
                .add("kind", title.startsWith("Вебинар") ? "WEBINAR" : "SEMINAR")
                .add("startsAt", start.toString()).add("endsAt", end.toString())
                .add("place", "https://webinar.example/" + tag);
        if (capacity != null) {
            b.add("capacity", String.valueOf(capacity));
        }
        Response created = methodologist.post("api/v1/events", b.build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    /** VEVENT blocks by UID, each as property (with parameters) → value, folds undone. */
    private static Map<String, Map<String, String>> vevents(String ics) {
        Map<String, Map<String, String>> result = new LinkedHashMap<>();
        Map<String, String> current = null;
        for (String line : ics.replace("\r\n ", "").split("\r\n")) {
            if (line.equals("BEGIN:VEVENT")) {
                current = new LinkedHashMap<>();
            } else if (line.equals("END:VEVENT")) {
                result.put(current.get("UID"), current);
                current = null;
            } else if (current != null) {
                int colon = line.indexOf(':');
                current.put(line.substring(0, colon), line.substring(colon + 1));
            }
        }
        return result;
    }

    private static Map<String, String> byUidPrefix(Map<String, Map<String, String>> events, String prefix) {
        return events.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).map(Map.Entry::getValue)
                .findFirst().orElseThrow(() -> new AssertionError("No VEVENT " + prefix + " in " + events.keySet()));
    }

    /**
     * A methodologist of a region of their own, made for this test: the demo has one region,
     * and scope checks need a second.
     */
    private static String methodologistOfAnotherRegion(String tag) {
        String login = "ev.m." + tag;
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            long region = insert(c, "INSERT INTO region (code, name) VALUES (?, ?)",
                    tag.substring(Math.max(0, tag.length() - 12)), "Другой регион " + tag);
            long person = insert(c, "INSERT INTO person (last_name, first_name, region_id, position) "
                    + "VALUES ('Чужова', 'Мария', ?, 'METHODOLOGIST')", region);
            long account = insert(c, "INSERT INTO account (person_id, login, password_hash) VALUES (?, ?, ?)",
                    person, login, new PasswordHasher().hash(PASSWORD.toCharArray()));
            insert(c, "INSERT INTO role_assignment (account_id, role, scope_type, scope_id) "
                    + "VALUES (?, 'METHODOLOGIST', 'REGION', ?)", account, region);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return login;
    }

    private static long insert(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < values.length; i++) {
                p.setObject(i + 1, values[i]);
            }
            p.executeUpdate();
            try (ResultSet keys = p.getGeneratedKeys()) {
                return keys.next() ? keys.getLong(1) : 0;
            }
        }
    }
}
