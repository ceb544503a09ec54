package ru.trajectory.platform.notifications;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

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
import ru.trajectory.testing.TestMail;
import ru.trajectory.testing.TestSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Notifications end to end through the API: what enrollment changes tell people in the portal,
 * their e-mail copies arriving at a real SMTP server, reminders exactly once, read marks.
 * Every test makes its own courses and people (mail goes to {@code <login>@test.example}).
 */
@ExtendWith(ArquillianExtension.class)
class NotificationsIT {

    private static final String PASSWORD = "notifications-test-1";
    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aConfirmedPlaceIsNotifiedInThePortalAndByUtf8Email() throws Exception {
        Course course = course("Уведомления о записи", false);
        LocalDate start = LocalDate.now(MOSCOW).plusDays(10);
        String session = session(course.id, 5, start, null);
        ApiClient teacher = teacher("notif.confirmed");

        assertEquals("CONFIRMED", enroll(teacher, session).getString("status"));

        JsonObject page = teacher.get("api/v1/me/notifications").json();
        JsonObject n = page.getJsonArray("items").getJsonObject(0);
        assertEquals("courses.place-confirmed", n.getString("kind"));
        assertEquals("Место на курсе подтверждено", n.getString("title"));
        assertTrue(n.getString("body").contains(course.title), n.getString("body"));
        assertTrue(n.getString("body").contains(DATE.format(start) + " – " + DATE.format(start.plusDays(4))),
                n.getString("body"));
        assertEquals("/courses/course.xhtml?id=" + course.id, n.getString("link"));
        assertFalse(n.getBoolean("read"));
        assertNotNull(Instant.parse(n.getString("createdAt")));
        assertEquals(1, page.getJsonNumber("unread").longValue());
        assertEquals(1, page.getJsonNumber("total").longValue());

        MimeMessage mail = TestMail.await("notif.confirmed@test.example",
                subject("Место на курсе подтверждено"), 1, MAIL_WAIT).get(0);
        assertEquals("Траектория: Место на курсе подтверждено", mail.getSubject());
        assertTrue(mail.getHeader("Subject")[0].toUpperCase().startsWith("=?UTF-8?"),
                "the Russian subject travels as an encoded word: " + mail.getHeader("Subject")[0]);
        assertTrue(mail.getContentType().toLowerCase().startsWith("text/plain"), mail.getContentType());
        assertTrue(mail.getContentType().toUpperCase().contains("UTF-8"), mail.getContentType());
        String text = (String) mail.getContent();
        assertTrue(text.startsWith("Здравствуйте, Анна Игоревна!"), text);
        assertTrue(text.contains(course.title), text);
        assertTrue(text.contains("http://localhost/courses/course.xhtml?id=" + course.id), text);
        InternetAddress from = (InternetAddress) mail.getFrom()[0];
        assertEquals(TestMail.FROM, from.getAddress());
        assertEquals("Траектория", from.getPersonal());
        awaitSql("SELECT COUNT(*) FROM notification WHERE id = " + n.getString("id") + " AND email_status = 'SENT' "
                + "AND email_attempts = 0 AND emailed_at IS NOT NULL", 1);

        String enrollment = TestSql.text("SELECT e.id FROM enrollment e JOIN account a ON a.person_id = e.person_id "
                + "WHERE a.login = 'notif.confirmed' AND e.session_id = " + session);
        assertEquals(200, new ApiClient(base).as("methodologist").post("api/v1/enrollments/" + enrollment + "/complete",
                Json.createObjectBuilder().add("hours", "24").add("date", LocalDate.now(MOSCOW).toString())
                        .add("certificateNumber", "772400099001").build()).status());
        JsonObject done = teacher.get("api/v1/me/notifications").json().getJsonArray("items").getJsonObject(0);
        assertEquals("courses.completed", done.getString("kind"));
        assertEquals("Курс завершён, удостоверение № 772400099001", done.getString("title"));
    }

    @Test
    void cancellingAConfirmedPlacePromotesAndTellsTheFirstOfTheWaitlist() {
        Course course = course("Уведомления об очереди", false);
        String session = session(course.id, 1, LocalDate.now(MOSCOW).plusDays(12), null);
        ApiClient first = teacher("notif.queue.first");
        ApiClient second = teacher("notif.queue.second");
        ApiClient third = teacher("notif.queue.third");
        String seat = enroll(first, session).getString("id");
        assertEquals("WAITLISTED", enroll(second, session).getString("status"));
        assertEquals("WAITLISTED", enroll(third, session).getString("status"));
        JsonObject waiting = latest(second);
        assertEquals("courses.waitlisted", waiting.getString("kind"));
        assertTrue(waiting.getString("body").contains("под номером 1"), waiting.getString("body"));
        assertTrue(latest(third).getString("body").contains("под номером 2"));

        assertEquals("CANCELLED", first.delete("api/v1/enrollments/" + seat).json().getString("status"));

        JsonObject promoted = latest(second);
        assertEquals("courses.promoted", promoted.getString("kind"));
        assertEquals("Освободилось место: вы записаны на курс", promoted.getString("title"));
        assertTrue(promoted.getString("body").contains(course.title));
        assertEquals("courses.waitlisted", latest(third).getString("kind"), "only the first in line moves up");
        TestMail.await("notif.queue.second@test.example", subject("Освободилось место"), 1, MAIL_WAIT);
    }

    @Test
    void directorsHearOfRequestsAndTheApplicantHearsTheDecision() {
        long school = TestSql.number("SELECT MAX(id) FROM school");
        ApiClient one = staff("notif.director.one", school, "SCHOOL_ADMIN");
        ApiClient two = staff("notif.director.two", school, "SCHOOL_ADMIN");
        ApiClient approved = staff("notif.applicant.approved", school, "TEACHER");
        ApiClient rejected = staff("notif.applicant.rejected", school, "TEACHER");
        Course course = course("Уведомления о согласовании", true);
        String session = session(course.id, 1, LocalDate.now(MOSCOW).plusDays(14), null);

        String request = enroll(approved, session).getString("id");
        for (ApiClient director : List.of(one, two)) {
            JsonObject notice = latest(director);
            assertEquals("courses.approval-requested", notice.getString("kind"));
            assertTrue(notice.getString("title").contains("заявка"), notice.getString("title"));
            assertTrue(notice.getString("body").contains("Тестова Анна Игоревна"), notice.getString("body"));
            assertTrue(notice.getString("body").contains(course.title), notice.getString("body"));
        }
        TestMail.await("notif.director.two@test.example", subject("заявка"), 1, MAIL_WAIT);

        assertEquals("CONFIRMED", one.post("api/v1/enrollments/" + request + "/approve", Json.createObjectBuilder().build())
                .json().getString("status"));
        JsonObject yes = latest(approved);
        assertEquals("courses.place-confirmed", yes.getString("kind"));
        assertEquals("Заявка согласована: место на курсе подтверждено", yes.getString("title"));

        String other = enroll(rejected, session).getString("id");
        assertEquals("REJECTED", two.post("api/v1/enrollments/" + other + "/reject", Json.createObjectBuilder().build())
                .json().getString("status"));
        JsonObject no = latest(rejected);
        assertEquals("courses.rejected", no.getString("kind"));
        assertEquals("Заявка на курс отклонена", no.getString("title"));
        TestMail.await("notif.applicant.rejected@test.example", subject("отклонена"), 1, MAIL_WAIT);
    }

    @Test
    void aSessionStartingTomorrowIsRemindedExactlyOnce() {
        LocalDate tomorrow = LocalDate.now(MOSCOW).plusDays(1);
        Course course = course("Уведомления: напоминание", false);
        String session = session(course.id, 3, tomorrow, tomorrow);
        ApiClient reminded = teacher("notif.reminded");
        enroll(reminded, session);
        awaitNotification(reminded, "courses.reminder.session");

        // Two later participants are reminded by later runs of the job; each of those runs also
        // went over the first participant again, who must still have one reminder only.
        ApiClient later = teacher("notif.reminded.later");
        enroll(later, session);
        awaitNotification(later, "courses.reminder.session");
        ApiClient latest = teacher("notif.reminded.latest");
        enroll(latest, session);
        awaitNotification(latest, "courses.reminder.session");
        ApiClient waiting = teacher("notif.reminder.waiting");
        assertEquals("WAITLISTED", enroll(waiting, session).getString("status"));

        List<MimeMessage> mails = TestMail.await("notif.reminded.latest@test.example",
                subject("Завтра начинается курс"), 1, MAIL_WAIT);
        assertEquals("Траектория: Завтра начинается курс «" + course.title + "»", TestMail.subject(mails.get(0)));
        assertEquals(1, count(reminded, "courses.reminder.session"));
        long person = TestAccounts.personOf("notif.reminded");
        assertEquals(1, TestSql.number("SELECT COUNT(*) FROM notification WHERE dedupe_key = 'reminder:session:"
                + session + ":" + person + "'"));
        assertEquals(1, TestMail.to("notif.reminded@test.example").stream()
                .filter(subject("Завтра начинается курс")).count(), "one reminder e-mail");
        assertEquals(0, count(waiting, "courses.reminder.session"), "the waitlist is not reminded");
    }

    @Test
    void aRegistrantIsRemindedOfAnEventWithinADay() {
        Instant start = Instant.now().plus(Duration.ofHours(3));
        Response created = new ApiClient(base).as("methodologist").post("api/v1/events", Json.createObjectBuilder()
                .add("title", "Вебинар о напоминаниях " + System.nanoTime()).add("kind", "WEBINAR")
                .add("startsAt", start.toString()).add("endsAt", start.plus(Duration.ofHours(1)).toString())
                .add("place", "https://webinar.example/reminders")
                .add("competencyCodes", Json.createArrayBuilder().add("MET-02")).build());
        assertEquals(201, created.status(), created.body());
        ApiClient registrant = teacher("notif.event.registrant");
        assertEquals(201, registrant.post("api/v1/events/" + created.json().getString("id") + "/registrations",
                Json.createObjectBuilder().build()).status());
        JsonObject reminder = awaitNotification(registrant, "courses.reminder.event");
        assertTrue(reminder.getString("title").startsWith("Вебинар «Вебинар о напоминаниях"), reminder.getString("title"));
        assertTrue(reminder.getString("body").contains("время московское"), reminder.getString("body"));
    }

    @Test
    void peopleReadTheirOwnNotificationsOnly() {
        Course course = course("Уведомления: прочтение", false);
        String a = session(course.id, 5, LocalDate.now(MOSCOW).plusDays(20), null);
        String b = session(course.id, 5, LocalDate.now(MOSCOW).plusDays(40), null);
        ApiClient reader = teacher("notif.reader");
        ApiClient stranger = teacher("notif.stranger");
        enroll(reader, a);
        enroll(reader, b);

        JsonObject all = reader.get("api/v1/me/notifications").json();
        assertEquals(2, all.getJsonNumber("total").longValue());
        assertEquals(2, all.getJsonNumber("unread").longValue());
        JsonObject onePage = reader.get("api/v1/me/notifications?page=1&size=1").json();
        assertEquals(1, onePage.getJsonArray("items").size());
        assertEquals(2, onePage.getJsonNumber("total").longValue());
        String newest = all.getJsonArray("items").getJsonObject(0).getString("id");
        String oldest = all.getJsonArray("items").getJsonObject(1).getString("id");
        assertEquals(oldest, onePage.getJsonArray("items").getJsonObject(0).getString("id"), "newest first");

        Response foreign = stranger.post("api/v1/notifications/" + newest + "/read", Json.createObjectBuilder().build());
        assertEquals(404, foreign.status());
        assertTrue(foreign.contentType().startsWith("application/problem+json"), foreign.contentType());
        assertEquals(404, reader.post("api/v1/notifications/abc/read", Json.createObjectBuilder().build()).status());
        assertEquals(2, reader.get("api/v1/me/notifications").json().getJsonNumber("unread").longValue(),
                "someone else's attempt changed nothing");

        JsonObject read = reader.post("api/v1/notifications/" + newest + "/read", Json.createObjectBuilder().build()).json();
        assertTrue(read.getBoolean("read"));
        JsonObject unread = reader.get("api/v1/me/notifications?unread=true").json();
        assertEquals(1, unread.getJsonNumber("total").longValue());
        assertEquals(1, unread.getJsonNumber("unread").longValue());
        assertEquals(oldest, unread.getJsonArray("items").getJsonObject(0).getString("id"));
        assertEquals(400, reader.get("api/v1/me/notifications?unread=yes").status());

        JsonObject readAll = reader.post("api/v1/me/notifications/read-all", Json.createObjectBuilder().build()).json();
        assertEquals(1, readAll.getInt("marked"));
        assertEquals(0, readAll.getJsonNumber("unread").longValue());
        assertEquals(0, reader.get("api/v1/me/notifications?unread=true").json().getJsonArray("items").size());
        assertEquals(2, reader.get("api/v1/me/notifications").json().getJsonNumber("total").longValue());
    }

    private record Course(String id, String title) {
    }

    private Course course(String title, boolean approval) {
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        long provider = TestSql.number("SELECT o.id FROM support_organization o JOIN person p ON p.region_id = o.region_id "
                + "JOIN account a ON a.person_id = p.id WHERE a.login = 'teacher' AND o.kind = 'CNPPM'");
        String unique = title + " " + System.nanoTime();
        Response created = methodologist.post("api/v1/courses", Json.createObjectBuilder()
                .add("title", unique).add("providerId", String.valueOf(provider)).add("hours", "24")
                .add("format", "BLENDED").add("requiresApproval", approval)
                .add("competencyCodes", Json.createArrayBuilder().add("MET-02")).build());
        assertEquals(201, created.status(), created.body());
        String id = created.json().getString("id");
        assertEquals(200, methodologist.post("api/v1/courses/" + id + "/publish", Json.createObjectBuilder().build()).status());
        return new Course(id, unique);
    }

    private String session(String course, int capacity, LocalDate start, LocalDate deadline) {
        var body = Json.createObjectBuilder().add("start", start.toString()).add("end", start.plusDays(4).toString())
                .add("format", "IN_PERSON").add("place", "ЦНППМ, ауд. 7").add("capacity", String.valueOf(capacity));
        if (deadline != null) {
            body.add("enrollmentDeadline", deadline.toString());
        }
        Response created = new ApiClient(base).as("methodologist").post("api/v1/courses/" + course + "/sessions", body.build());
        assertEquals(201, created.status(), created.body());
        return created.json().getString("id");
    }

    private ApiClient teacher(String login) {
        return staff(login, TestAccounts.schoolOf("teacher"), "TEACHER");
    }

    private ApiClient staff(String login, long school, String role) {
        TestAccounts.staff(login, PASSWORD, school, role);
        return new ApiClient(base).as(login, PASSWORD);
    }

    private static JsonObject enroll(ApiClient who, String session) {
        Response r = who.post("api/v1/sessions/" + session + "/enrollments", Json.createObjectBuilder().build());
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static JsonObject latest(ApiClient who) {
        return who.get("api/v1/me/notifications?size=1").json().getJsonArray("items").getJsonObject(0);
    }

    private static long count(ApiClient who, String kind) {
        return who.get("api/v1/me/notifications?size=200").json().getJsonArray("items").stream()
                .filter(i -> i.asJsonObject().getString("kind").equals(kind)).count();
    }

    /** Waits for a notification of the kind (the reminder job runs every 2 s). */
    private static JsonObject awaitNotification(ApiClient who, String kind) {
        return Eventually.get(MAIL_WAIT, "a notification of kind " + kind, () -> who.get("api/v1/me/notifications?size=200")
                .json().getJsonArray("items").stream().map(i -> i.asJsonObject())
                .filter(i -> i.getString("kind").equals(kind)).findFirst());
    }

    private static void awaitSql(String countQuery, long expected) {
        Eventually.get(MAIL_WAIT, expected + " from " + countQuery,
                () -> Optional.of(true).filter(x -> TestSql.number(countQuery) == expected));
    }

    private static Predicate<MimeMessage> subject(String part) {
        return m -> TestMail.subject(m) != null && TestMail.subject(m).contains(part);
    }
}
