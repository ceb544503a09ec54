package ru.trajectory.pages;

import java.net.URL;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.BrowserTest;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;
import ru.trajectory.testing.TestSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The teacher's way to a course in a real browser: filter the catalogue, open the course,
 * enroll into a session, find it in «Мои курсы» and cancel it there; a session completed
 * meanwhile shows there with its hours and certificate number. The course is created
 * through the API with a unique word in its title, so the filter finds exactly it.
 */
@ExtendWith(ArquillianExtension.class)
class CourseJourneyIT extends BrowserTest {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void teacherFindsACourseEnrollsAndSeesItInMyCourses() {
        String tag = "kj" + System.nanoTime();
        String title = "Работа с немотивированными обучающимися " + tag;
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        long provider = TestAccounts.scalar("SELECT o.id FROM support_organization o JOIN person p ON p.region_id = o.region_id "
                + "JOIN account a ON a.person_id = p.id WHERE a.login = ? AND o.kind = 'CNPPM' ORDER BY o.id LIMIT 1", "teacher");
        Response course = methodologist.post("api/v1/courses", Json.createObjectBuilder()
                .add("title", title).add("providerId", String.valueOf(provider)).add("hours", "36")
                .add("format", "BLENDED").add("competencyCodes", Json.createArrayBuilder().add("MET-02")).build());
        assertEquals(201, course.status(), course.body());
        String courseId = course.json().getString("id");
        methodologist.post("api/v1/courses/" + courseId + "/publish", Json.createObjectBuilder().build());
        LocalDate start = LocalDate.now().plusDays(12);
        Response session = methodologist.post("api/v1/courses/" + courseId + "/sessions", Json.createObjectBuilder()
                .add("start", start.toString()).add("end", start.plusDays(3).toString()).add("format", "IN_PERSON")
                .add("place", "ЦНППМ, ауд. 7").add("capacity", "12").build());
        assertEquals(201, session.status(), session.body());
        String sessionId = session.json().getString("id");

        LoginPage.open(browser, root(base)).signInAs("teacher", TestDatabase.DEMO_PASSWORD);
        CourseCataloguePage catalogue = CourseCataloguePage.open(browser, root(base));
        assertEquals(List.of(), catalogue.text(tag).format("DISTANCE").apply().titles(), "another format hides it");
        assertEquals(List.of(title), catalogue.format("BLENDED").apply().titles());

        CoursePageObject page = catalogue.openCourse(title);
        assertEquals(title, page.title());
        String answer = page.enroll(sessionId);
        assertTrue(answer.contains("Вы записаны"), answer);
        assertTrue(page.sessionStatus(sessionId).contains("Место подтверждено"), page.sessionStatus(sessionId));

        String earlier = methodologist.post("api/v1/courses/" + courseId + "/sessions", Json.createObjectBuilder()
                .add("start", LocalDate.now().plusDays(1).toString()).add("end", LocalDate.now().plusDays(2).toString())
                .add("format", "DISTANCE").add("capacity", "5").build()).json().getString("id");
        String done = new ApiClient(base).as("teacher").post("api/v1/sessions/" + earlier + "/enrollments",
                Json.createObjectBuilder().build()).json().getString("id");
        assertEquals(200, methodologist.post("api/v1/enrollments/" + done + "/complete", Json.createObjectBuilder()
                .add("hours", "30").add("date", LocalDate.now().toString()).add("certificateNumber", "УД-" + tag).build())
                .status());

        MyCoursesPage my = page.openMyCourses(root(base));
        assertTrue(my.completedRows().stream().anyMatch(r -> r.contains(title) && r.contains("УД-" + tag) && r.contains("30")),
                my.completedRows().toString());
        assertTrue(my.totalHours().matches(".*\\d+.*"), my.totalHours());
        assertTrue(my.currentRows().stream().anyMatch(r -> r.contains(title) && r.contains("Место подтверждено")),
                my.currentRows().toString());
        my = my.cancel(title);
        assertTrue(my.currentRows().stream().anyMatch(r -> r.contains(title) && r.contains("Отменена")),
                my.currentRows().toString());
    }

    /**
     * The whole way of a course through the portal's pages: the methodologist builds it (a bad
     * submit keeps what was typed), the teacher asks for a place, the director approves it, the
     * teacher finds it in the calendar, the methodologist marks it completed, and the teacher
     * finds the certificate.
     */
    @Test
    void aCourseBuiltOnThePagesIsApprovedCompletedAndCertified() {
        String tag = "mj" + System.nanoTime();
        String title = "Формирующее оценивание на уроке " + tag;
        String provider = TestSql.text("SELECT o.short_name FROM support_organization o JOIN person p ON p.region_id = o.region_id "
                + "JOIN account a ON a.person_id = p.id WHERE a.login = 'methodologist' AND o.kind = 'CNPPM' ORDER BY o.id LIMIT 1");

        LoginPage.open(browser, root(base)).signInAs("methodologist", TestDatabase.DEMO_PASSWORD);
        CourseEditorPage editor = CourseEditorPage.openNew(browser, root(base))
                .title(" ").hours("0").description("Приёмы обратной связи " + tag).provider(provider).format("BLENDED")
                .competency("MET-02").requireApproval().save();
        assertTrue(editor.fieldMessage("course-form:title").contains("Название курса"), editor.fieldMessages());
        assertTrue(editor.fieldMessage("course-form:hours").contains("от 1 до 2000"), editor.fieldMessages());
        assertEquals("Приёмы обратной связи " + tag, editor.value("course-form:description"), "typed text stays");

        editor = editor.title(title).hours("36").save();
        assertEquals(title, editor.heading(), editor.globalMessages() + " | " + editor.fieldMessages());
        assertTrue(editor.globalMessages().contains("Курс создан"), editor.globalMessages());
        editor = editor.publish();
        assertEquals("Опубликован", editor.courseStatus());
        String start = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now().plusDays(20));
        String end = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(LocalDate.now().plusDays(22));
        editor = editor.saveSession(start, end, "-5", "ЦНППМ, ауд. 3");
        assertTrue(editor.fieldMessage("session-form:capacity").contains("Число мест"), editor.fieldMessages());
        assertEquals(List.of(), editor.sessionRows(), "a refused session is not stored");
        editor = editor.saveSession(start, end, "15", "ЦНППМ, ауд. 3");
        String row = editor.sessionRowWith(start);
        assertTrue(row != null && row.contains("0 / 15"),
                row + " " + editor.globalMessages() + " | " + editor.fieldMessages());
        String sessionId = TestSql.text("SELECT CAST(s.id AS CHAR) FROM course_session s JOIN course c ON c.id = s.course_id "
                + "WHERE c.title = '" + title + "'");
        editor.signOut();

        LoginPage.open(browser, root(base)).signInAs("teacher", TestDatabase.DEMO_PASSWORD);
        CoursePageObject course = CourseCataloguePage.open(browser, root(base)).text(tag).apply().openCourse(title);
        assertTrue(course.enroll(sessionId).contains("на согласование"));
        course.signOut();

        LoginPage.open(browser, root(base)).signInAs("director", TestDatabase.DEMO_PASSWORD);
        StaffRequestsPage requests = StaffRequestsPage.open(browser, root(base));
        assertTrue(requests.pendingRows().stream().anyMatch(r -> r.contains(title)), requests.pendingRows().toString());
        requests = requests.approve(title);
        assertTrue(requests.messages().contains("Заявка согласована"), requests.messages());
        assertTrue(requests.enrolledRows().stream().anyMatch(r -> r.contains(title) && r.contains("Место подтверждено")),
                requests.enrolledRows().toString());
        requests.signOut();

        LoginPage.open(browser, root(base)).signInAs("teacher", TestDatabase.DEMO_PASSWORD);
        CalendarPage calendar = CalendarPage.open(browser, root(base), LocalDate.now().plusDays(20).toString());
        assertTrue(calendar.scheduleTitles(title).stream().anyMatch(t -> t.contains(title)), "the schedule shows the session");
        assertTrue(calendar.listEntry(title).contains("Место подтверждено"), calendar.listEntries().toString());
        calendar.signOut();

        String teacherName = new ApiClient(base).as("teacher").get("api/v1/me").json().getString("fullName");
        LoginPage.open(browser, root(base)).signInAs("methodologist", TestDatabase.DEMO_PASSWORD);
        SessionRosterPageObject roster = SessionRosterPageObject.open(browser, root(base), sessionId);
        assertTrue(roster.statusOf(teacherName).contains("Место подтверждено"), roster.rows().toString());
        roster = roster.tick(teacherName).hours("99").certificate("УД-" + tag).completeSelected();
        assertTrue(roster.fieldMessage("completion-form:hours").contains("от 1 до 36"), roster.pageText());
        assertTrue(roster.statusOf(teacherName).contains("Место подтверждено"), "a refused completion changes nothing");
        assertTrue(roster.ticked(teacherName), "the tick survives the refusal, as everything typed does");
        roster = roster.hours("36").completeSelected();
        assertTrue(roster.messages().contains("Отмечено прошедшими курс: 1"), roster.messages());
        assertEquals("УД-" + tag, roster.certificateOf(teacherName));
        roster.signOut();

        LoginPage.open(browser, root(base)).signInAs("teacher", TestDatabase.DEMO_PASSWORD);
        MyCoursesPage my = MyCoursesPage.open(browser, root(base));
        assertTrue(my.completedRows().stream().anyMatch(r -> r.contains(title) && r.contains("УД-" + tag) && r.contains("36")),
                my.completedRows().toString());
        PersonPage profile = PersonPage.open(browser, root(base), TestAccounts.personOf("teacher"));
        assertTrue(profile.completedCourses().stream().anyMatch(r -> r.contains(title) && r.contains("УД-" + tag)),
                profile.completedCourses().toString());
        assertTrue(profile.totalHours().matches(".*\\d+.*"), profile.totalHours());
        profile.signOut();

        LoginPage.open(browser, root(base)).signInAs("mentor", TestDatabase.DEMO_PASSWORD);
        assertFalse(PersonPage.open(browser, root(base), TestAccounts.personOf("teacher")).showsLearning(),
                "a colleague sees the basic card only, not the teacher's learning");
    }
}
