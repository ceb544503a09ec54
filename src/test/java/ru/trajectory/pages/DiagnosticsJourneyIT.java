package ru.trajectory.pages;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import ru.trajectory.testing.BrowserTest;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Taking a diagnostic in a real browser: the demo {@code teacher} starts a test, answers page
 * by page (answers survive a reload), submits, reads the result with its chart and the deficit
 * profile; then the director of the same school, the municipal coordinator, a colleague and a
 * mentor without an active pair try the teacher's result and profile.
 *
 * <p>The journey runs on an instrument of its own, inserted here, so that the answers and the
 * expected levels are known whatever demo instruments exist, and so that one option carries a
 * distinctive score (7.25) whose absence from the page source shows that scores stay on the
 * server.
 */
@ExtendWith(ArquillianExtension.class)
class DiagnosticsJourneyIT extends BrowserTest {

    private static final String PASSWORD = TestDatabase.DEMO_PASSWORD;
    private static final String CODE = "IT-JOURNEY-LESSON";
    private static final String DISTINCTIVE_SCORE = "7.25";

    private static final String Q1_RIGHT = "Планируемые результаты урока";
    private static final String Q2_WRONG = "Итоговая контрольная работа за четверть";
    private static final String Q3_WRONG = "Только отметка в журнале";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void teacherTakesATestAndOthersSeeWhatTheyMay() throws Exception {
        ensureInstrument();
        long teacherId = TestAccounts.personOf("teacher");

        LoginPage.open(browser, root(base)).signInAs("teacher", PASSWORD);
        MyDiagnosticsPage my = MyDiagnosticsPage.open(browser, root(base));
        assertTrue(my.instrumentCodes().contains(CODE), my.instrumentCodes().toString());
        String card = my.cardText(CODE);
        assertTrue(card.contains("Тест") && card.contains("Заданий: 4") && card.contains("30 мин"), card);
        screenshot("my-diagnostics");

        AttemptPage attempt = my.startOrContinue(CODE);
        long attemptId = attempt.attemptId();
        assertEquals(java.util.List.of("1", "2"), attempt.questionNumbers());
        assertEquals("Отвечено 0 из 4", attempt.answeredText());
        assertTrue(attempt.timeLeft().startsWith("Осталось"), attempt.timeLeft());
        String source = browser.getPageSource();
        assertFalse(source.contains(DISTINCTIVE_SCORE) || source.contains("7,25"), "an option's score reached the browser");
        assertFalse(source.toLowerCase(java.util.Locale.ROOT).contains("score"), "no score field in the page");

        attempt.choose(1, Q1_RIGHT);
        assertTrue(attempt.saveStatus(1).contains("Сохранено"), attempt.saveStatus(1));
        attempt.choose(2, Q2_WRONG);
        assertEquals("Отвечено 2 из 4", attempt.answeredText());

        attempt = attempt.reload();
        assertTrue(attempt.isChosen(1, Q1_RIGHT), "the single choice survives a reload");
        assertTrue(attempt.isChosen(2, Q2_WRONG), "the multiple choice survives a reload");
        assertFalse(attempt.isChosen(2, "Самооценка ученика по листу критериев"));
        assertEquals("Отвечено 2 из 4", attempt.answeredText());
        screenshot("attempt-page-1");

        attempt = attempt.next();
        assertEquals(java.util.List.of("3", "4"), attempt.questionNumbers());
        attempt.choose(3, Q3_WRONG);
        assertEquals("Отвечено 3 из 4", attempt.answeredText());
        screenshot("attempt-page-2");

        String question = attempt.askToFinish();
        assertTrue(question.contains("1 из 4"), question);
        screenshot("attempt-confirm");
        ResultPage result = attempt.confirmFinish();
        assertEquals(attemptId, result.attemptId());
        assertTrue(result.finishedAt().matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}"), result.finishedAt());
        Map<String, String> levels = result.levels();
        // MET-01: item 1 right (weight 2), item 4 unanswered (weight 1) → 66.7 %; MET-02: nothing right.
        assertEquals("Частично", levels.get("MET-01"), levels.toString());
        assertEquals("Дефицит", levels.get("MET-02"), levels.toString());
        assertEquals("66,7 %", result.percentOf("MET-01").replace('\u00a0', ' '));
        assertTrue(result.chartDrawn(), "the result chart is drawn");
        screenshot("result");

        ProfilePage profile = result.openMyDeficits();
        assertTrue(profile.deficitCodes().contains("MET-02"), profile.deficitCodes().toString());
        assertEquals("Частично", profile.levelOf("MET-01"));
        assertTrue(profile.openHistoryCodes().contains("MET-02"), profile.historyRows().toString());
        screenshot("profile-own");

        my = MyDiagnosticsPage.open(browser, root(base));
        assertTrue(my.historyRows().stream().anyMatch(r -> r.contains("Экспресс-диагностика")), my.historyRows().toString());
        assertTrue(my.hasDynamicsChart(), "the dynamics chart is shown once an attempt is finished");
        screenshot("my-diagnostics-history");

        // A finished attempt cannot be answered again: its page says so and links to the result.
        browser.get(root(base) + "/diagnostics/attempt.xhtml?id=" + attemptId);
        assertTrue(attempt.visible(By.id("attempt-closed")).getText().contains("уже завершена"));

        // Second session: the director of the same school.
        browser.manage().deleteAllCookies();
        LoginPage.open(browser, root(base)).signInAs("director", PASSWORD);
        browser.get(root(base) + "/diagnostics/result.xhtml?id=" + attemptId);
        assertTrue(attempt.visible(By.id("error-not-found")).isDisplayed(), "another person's attempt is not found");
        assertEquals(404, status("/diagnostics/result.xhtml?id=" + attemptId));

        ProfilePage teachersProfile = ProfilePage.open(browser, root(base), teacherId);
        assertFalse(teachersProfile.personName().isBlank());
        assertEquals("Дефицит", teachersProfile.levelOf("MET-02"));
        assertEquals(200, status("/diagnostics/profile.xhtml?person=" + teacherId));
        screenshot("profile-director");

        // Third session: a municipal coordinator sees counts only, never a profile by name.
        browser.manage().deleteAllCookies();
        LoginPage.open(browser, root(base)).signInAs("municipal", PASSWORD);
        browser.get(root(base) + "/diagnostics/profile.xhtml?person=" + teacherId);
        assertTrue(attempt.visible(By.id("error-forbidden")).isDisplayed(), "the coordinator gets the 403 page");
        assertEquals(403, status("/diagnostics/profile.xhtml?person=" + teacherId));
        assertFalse(browser.getPageSource().contains("Профиль дефицитов этого педагога"), "no exception text on the page");

        // A colleague of the same school, and a mentor with no active pair with the teacher.
        for (String other : new String[] {"mentor", "colleague.of.teacher"}) {
            if (other.startsWith("colleague")) {
                TestAccounts.teacher(other, PASSWORD, TestAccounts.schoolOf("teacher"));
            }
            browser.manage().deleteAllCookies();
            LoginPage.open(browser, root(base)).signInAs(other, PASSWORD);
            assertEquals(404, status("/diagnostics/result.xhtml?id=" + attemptId), other + ": someone else's attempt");
            assertEquals(403, status("/diagnostics/profile.xhtml?person=" + teacherId), other + ": someone else's profile");
        }
    }

    /** The HTTP status of a page fetched with the browser's session. */
    private int status(String path) throws IOException, InterruptedException {
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(root(base) + path))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    /**
     * A published four-item TEST for teachers of the demo region, two items a page, 30 minutes:
     * MET-01 by items 1 (weight 2) and 4, MET-02 by items 2 (multiple choice) and 3.
     */
    private static void ensureInstrument() throws SQLException {
        try (Connection c = TestDatabase.dataSource().getConnection()) {
            if (exists(c)) {
                return;
            }
            long region = TestAccounts.scalar("SELECT p.region_id FROM account a JOIN person p ON p.id = a.person_id "
                    + "WHERE a.login = ?", "teacher");
            long framework = TestAccounts.scalar("SELECT id FROM competency_framework WHERE code = ? AND version = 1",
                    "PEDAGOG");
            long met01 = competency(c, framework, "MET-01");
            long met02 = competency(c, framework, "MET-02");
            long instrument;
            try (PreparedStatement p = c.prepareStatement("INSERT INTO instrument (code, version, title, description, kind, "
                    + "status, framework_id, region_id, time_limit_minutes, items_per_page, audience_positions, "
                    + "audience_subjects, published_at) VALUES (?, 1, ?, ?, 'TEST', 'PUBLISHED', ?, ?, 30, 2, 'TEACHER', '', "
                    + "CURRENT_TIMESTAMP(3))", Statement.RETURN_GENERATED_KEYS)) {
                p.setString(1, CODE);
                p.setString(2, "Экспресс-диагностика: урок и оценивание");
                p.setString(3, "Четыре задания о проектировании урока и формирующем оценивании.");
                p.setLong(4, framework);
                p.setLong(5, region);
                p.executeUpdate();
                instrument = key(p);
            }
            long q1 = item(c, instrument, 1, "Что в первую очередь определяет структуру урока по ФГОС?", "SINGLE", met01, "2");
            option(c, q1, 1, Q1_RIGHT, DISTINCTIVE_SCORE);
            option(c, q1, 2, "Тема параграфа в учебнике", "0");
            option(c, q1, 3, "Число заданий в рабочей тетради", "0");
            long q2 = item(c, instrument, 2, "Какие приёмы относятся к формирующему оцениванию?", "MULTIPLE", met02, "1");
            option(c, q2, 1, "Критерии оценивания, известные ученикам заранее", "1");
            option(c, q2, 2, "Самооценка ученика по листу критериев", "1");
            option(c, q2, 3, Q2_WRONG, "0");
            long q3 = item(c, instrument, 3, "Как дать обратную связь по самостоятельной работе?", "SINGLE", met02, "1");
            option(c, q3, 1, "Комментарий: что получилось и что исправить", "1");
            option(c, q3, 2, Q3_WRONG, "0");
            long q4 = item(c, instrument, 4, "Когда формулируются цели урока вместе с учениками?", "SINGLE", met01, "1");
            option(c, q4, 1, "На этапе мотивации, в начале урока", "1");
            option(c, q4, 2, "Только после контрольной работы", "0");
        }
    }

    private static boolean exists(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM instrument WHERE code = ?")) {
            p.setString(1, CODE);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static long competency(Connection c, long framework, String code) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT id FROM competency WHERE framework_id = ? AND code = ?")) {
            p.setLong(1, framework);
            p.setString(2, code);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("No competency " + code);
                }
                return rs.getLong(1);
            }
        }
    }

    private static long item(Connection c, long instrument, int position, String text, String kind, long competency,
                             String weight) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO instrument_item (instrument_id, position, text, kind, "
                + "competency_id, weight) VALUES (?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            p.setLong(1, instrument);
            p.setInt(2, position);
            p.setString(3, text);
            p.setString(4, kind);
            p.setLong(5, competency);
            p.setBigDecimal(6, new BigDecimal(weight));
            p.executeUpdate();
            return key(p);
        }
    }

    private static void option(Connection c, long item, int position, String text, String score) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO item_option (item_id, position, text, score) VALUES (?, ?, ?, ?)")) {
            p.setLong(1, item);
            p.setInt(2, position);
            p.setString(3, text);
            p.setBigDecimal(4, new BigDecimal(score));
            p.executeUpdate();
        }
    }

    private static long key(PreparedStatement p) throws SQLException {
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Screenshots for a human look at the pages, kept with the build output unless told otherwise. */
    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "screenshots").toString()));
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve("diagnostics-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
