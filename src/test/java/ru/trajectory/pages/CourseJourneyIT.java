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

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private String root() {
        String s = Deployments.local(base).toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

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

        LoginPage.open(browser, root()).signInAs("teacher", TestDatabase.DEMO_PASSWORD);
        CourseCataloguePage catalogue = CourseCataloguePage.open(browser, root());
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

        MyCoursesPage my = page.openMyCourses(root());
        assertTrue(my.completedRows().stream().anyMatch(r -> r.contains(title) && r.contains("УД-" + tag) && r.contains("30")),
                my.completedRows().toString());
        assertTrue(my.totalHours().matches(".*\\d+.*"), my.totalHours());
        assertTrue(my.currentRows().stream().anyMatch(r -> r.contains(title) && r.contains("Место подтверждено")),
                my.currentRows().toString());
        my = my.cancel(title);
        assertTrue(my.currentRows().stream().anyMatch(r -> r.contains(title) && r.contains("Отменена")),
                my.currentRows().toString());
    }
}
