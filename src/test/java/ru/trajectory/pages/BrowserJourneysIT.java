package ru.trajectory.pages;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import ru.trajectory.testing.BrowserTest;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The key journeys in a real browser: every role's home page, sign-in errors, the return to
 * the requested page, the director's school and a foreign school, English, phone width,
 * the 404 page and the security headers.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserJourneysIT extends BrowserTest {

    private static final String PASSWORD = TestDatabase.DEMO_PASSWORD;

    /** Demo login → the id of its role section's heading and the heading's Russian text. */
    private static final Map<String, String[]> HOME_SECTIONS = new LinkedHashMap<>();

    static {
        HOME_SECTIONS.put("teacher", new String[] {"home-teacher", "Кабинет педагога"});
        HOME_SECTIONS.put("mentor", new String[] {"home-mentor", "Кабинет наставника"});
        HOME_SECTIONS.put("methodologist", new String[] {"home-methodologist", "Кабинет методиста"});
        HOME_SECTIONS.put("director", new String[] {"home-director", "Кабинет руководителя школы"});
        HOME_SECTIONS.put("municipal", new String[] {"home-municipal", "Кабинет муниципального координатора"});
        HOME_SECTIONS.put("regional", new String[] {"home-regional", "Кабинет регионального оператора"});
        HOME_SECTIONS.put("admin", new String[] {"home-admin", "Администрирование"});
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void everyRoleSeesItsHomeSectionAndSignsOut() {
        LoginPage login = LoginPage.open(browser, root(base));
        for (Map.Entry<String, String[]> role : HOME_SECTIONS.entrySet()) {
            HomePage home = login.signInAs(role.getKey(), PASSWORD);
            assertEquals(role.getValue()[1], home.roleHeading(role.getValue()[0]), role.getKey());
            assertFalse(home.callerName().isBlank(), "the header names the caller: " + role.getKey());
            login = home.signOut();
            assertTrue(browser.getCurrentUrl().contains("/login.xhtml"), browser.getCurrentUrl());
        }
        // The mentor is a teacher too: one section per role.
        HomePage mentor = login.signInAs("mentor", PASSWORD);
        assertEquals(List.of("home-teacher", "home-mentor"), mentor.roleHeadingIds());
    }

    @Test
    void wrongPasswordShowsRussianErrorAndKeepsTheLogin() {
        LoginPage page = LoginPage.open(browser, root(base)).signInExpectingError("methodologist", "not-the-password");
        assertEquals("Неверный логин или пароль", page.error());
        assertEquals("methodologist", page.typedLogin());
        assertEquals("", page.typedPassword());
    }

    @Test
    void directorSeesOwnStaffButNotAnotherSchools() throws IOException {
        long own = TestAccounts.schoolOf("director");
        long other = TestAccounts.scalar("SELECT MIN(s.id) FROM school s WHERE s.id <> "
                + "(SELECT p.school_id FROM account a JOIN person p ON p.id = a.person_id WHERE a.login = ?)", "director");
        HomePage home = LoginPage.open(browser, root(base)).signInAs("director", PASSWORD);
        SchoolPage mine = home.openOwnSchoolStaff();
        assertTrue(mine.hasStaffTable(), "own school shows its staff");
        assertTrue(mine.staffRowCount() > 0);
        assertTrue(mine.hasImportForm(), "own school offers the import");
        assertTrue(browser.getCurrentUrl().contains("id=" + own), browser.getCurrentUrl());
        screenshot("school-director-desktop");

        SchoolPage foreign = SchoolPage.open(browser, root(base), other);
        assertFalse(foreign.name().isBlank());
        assertFalse(foreign.hasStaffTable(), "another school's staff stays hidden");
        assertFalse(foreign.hasImportForm());
    }

    @Test
    void administratorReadsTheAuditLogAndAnAccountsRoles() throws IOException {
        LoginPage.open(browser, root(base)).signInAs("admin", PASSWORD);
        AdministrationPages audit = AdministrationPages.openAudit(browser, root(base));
        assertTrue(audit.eventRows().stream().anyMatch(r -> r.contains("Вход") && r.contains("admin")),
                "the admin's own sign-in is logged: " + audit.eventRows());
        screenshot("audit-desktop");
        AdministrationPages accounts = AdministrationPages.openAccounts(browser, root(base));
        List<String> roles = accounts.rolesOf("mentor");
        assertEquals(2, roles.size(), roles.toString());
        assertTrue(roles.stream().anyMatch(r -> r.contains("Наставник")), roles.toString());
    }

    @Test
    void nonAdministratorGetsTheForbiddenPageForTheAuditLog() throws Exception {
        HomePage home = LoginPage.open(browser, root(base)).signInAs("director", PASSWORD);
        browser.get(root(base) + "/identity/audit.xhtml");
        assertTrue(home.visible(org.openqa.selenium.By.id("error-forbidden")).isDisplayed());
        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(root(base) + "/identity/audit.xhtml"))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, response.statusCode());
        assertFalse(response.body().contains("доступен только администратору"), "no exception text on the page");
    }

    @Test
    void importWithARefusedRowShowsTheReportAndChangesNothing() throws IOException {
        long own = TestAccounts.schoolOf("director");
        HomePage home = LoginPage.open(browser, root(base)).signInAs("director", PASSWORD);
        SchoolPage school = home.openOwnSchoolStaff();
        Path csv = Files.createTempFile("staff", ".csv");
        Files.writeString(csv, String.join("\n",
                "login;lastName;firstName;middleName;email;schoolId;position;subjects;experienceYears;roles",
                "import.ok;Новикова;Ольга;Петровна;;" + own + ";учитель;;4;педагог",
                "import.bad;Орлов;;;;" + own + ";учитель;;4;педагог",
                ""));
        List<String> refused = school.importFile(csv, false);
        assertEquals(1, refused.size(), refused.toString());
        assertTrue(refused.get(0).startsWith("3: Имя"), refused.toString());
        assertTrue(school.importReport().contains("ничего не изменено"), school.importReport());
        screenshot("import-report-desktop");
    }

    @Test
    void territoryTreeLoadsSchoolsWhenAMunicipalityOpens() throws IOException {
        LoginPage.open(browser, root(base)).signInAs("regional", PASSWORD);
        TerritoryPage tree = TerritoryPage.open(browser, root(base));
        assertTrue(tree.rowCount() > 1, "the region and its municipalities");
        assertEquals(0, tree.schoolLinkCount(), "schools are not read before their municipality opens");
        tree.expandFirstMunicipality();
        assertTrue(tree.schoolLinkCount() > 0);
        screenshot("territory-desktop");
    }

    @Test
    void anonymousRequestReturnsToTheRequestedPageAfterSignIn() throws IOException {
        browser.get(root(base) + "/organizations/school.xhtml?id=1");
        LoginPage login = LoginPage.shown(browser);
        screenshot("login-desktop");
        assertEquals("/organizations/school.xhtml?id=1", login.next());
        login.submit("director", PASSWORD);
        SchoolPage school = SchoolPage.shown(browser);
        assertTrue(browser.getCurrentUrl().endsWith("/organizations/school.xhtml?id=1"), browser.getCurrentUrl());
        assertFalse(school.name().isBlank());
    }

    @Test
    void englishSwitchChangesTheInterfaceLanguage() {
        HomePage home = LoginPage.open(browser, root(base)).signInAs("teacher", PASSWORD);
        assertEquals("ru", home.language());
        home.switchLanguage("en");
        HomePage english = HomePage.shown(browser);
        assertEquals("Teacher's workspace", english.roleHeading("home-teacher"));
        assertTrue(english.pageText().contains("Sign out"));
        english.switchLanguage("ru");
        assertEquals("Кабинет педагога", HomePage.shown(browser).roleHeading("home-teacher"));
    }

    @Test
    void phoneWidthHasNoHorizontalScroll() throws IOException {
        HomePage home = LoginPage.open(browser, root(base)).signInAs("municipal", PASSWORD);
        screenshot("home-municipal-desktop");
        browser.manage().window().setSize(new Dimension(375, 812));
        new org.openqa.selenium.support.ui.WebDriverWait(browser, WAIT)
                .until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return window.innerWidth;")).intValue() <= 375);
        home = HomePage.open(browser, root(base));
        assertTrue(home.fitsWidth(), "home page at 375 px");
        screenshot("home-municipal-phone");
        SchoolPage.open(browser, root(base), TestAccounts.schoolOf("teacher"));
        assertTrue(home.fitsWidth(), "school page at 375 px");
        screenshot("school-phone");
    }

    @Test
    void unknownPersonIsTheNotFoundPageWith404() throws Exception {
        HomePage home = LoginPage.open(browser, root(base)).signInAs("teacher", PASSWORD);
        browser.get(root(base) + "/organizations/person.xhtml?id=999999");
        assertTrue(home.visible(org.openqa.selenium.By.id("error-not-found")).isDisplayed());
        assertTrue(home.pageText().contains("Страница не найдена"));

        Cookie session = browser.manage().getCookieNamed("JSESSIONID");
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(
                        URI.create(root(base) + "/organizations/person.xhtml?id=999999"))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("error-not-found"));
        assertFalse(response.body().contains("Человек не найден"), "no exception text on the page");
    }

    @Test
    void signingInIssuesANewSessionId() {
        LoginPage login = LoginPage.open(browser, root(base));
        String before = browser.manage().getCookieNamed("JSESSIONID").getValue();
        login.signInAs("teacher", PASSWORD);
        String after = browser.manage().getCookieNamed("JSESSIONID").getValue();
        assertNotEquals(before, after, "the session id changes at sign-in");
    }

    @Test
    void aChangedPasswordReplacesTheOldOne() {
        TestAccounts.teacher("changes.password", "first-password-1", TestAccounts.schoolOf("teacher"));
        LoginPage.open(browser, root(base)).signInAs("changes.password", "first-password-1");
        ChangePasswordPage page = ChangePasswordPage.open(browser, root(base));
        page.change("first-password-1", "second-password-2", "second-password-2");
        waitFor(b -> b.getPageSource().contains("Пароль изменён"));
        browser.manage().deleteAllCookies();
        LoginPage again = LoginPage.open(browser, root(base))
                .signInExpectingError("changes.password", "first-password-1");
        assertEquals("Неверный логин или пароль", again.error());
        again.signInAs("changes.password", "second-password-2");
    }

    @Test
    void wrongCurrentPasswordIsShownAtItsField() {
        LoginPage.open(browser, root(base)).signInAs("teacher", PASSWORD);
        ChangePasswordPage page = ChangePasswordPage.open(browser, root(base));
        page.change("wrong-current-password", "a-new-password-1", "a-new-password-1");
        assertEquals("Текущий пароль указан неверно", page.fieldError("current"));
        assertEquals("", page.typed("current"));
    }

    @Test
    void responsesCarryTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = http().send(HttpRequest.newBuilder(URI.create(root(base) + "/login.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        var headers = response.headers();
        assertEquals("nosniff", headers.firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("DENY", headers.firstValue("X-Frame-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", headers.firstValue("Referrer-Policy").orElse(""));
        assertTrue(headers.firstValue("Permissions-Policy").orElse("").contains("camera=()"));
        assertTrue(headers.firstValue("Cache-Control").orElse("").contains("no-store"));
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")
                && !p.contains("script-src")), "the portal's policy: " + policies);
        assertTrue(policies.stream().anyMatch(p -> p.contains("script-src") && p.contains("nonce-")),
                "PrimeFaces' nonce policy: " + policies);

        HttpResponse<String> error = http().send(HttpRequest.newBuilder(URI.create(root(base) + "/error/error.xhtml"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(500, error.statusCode());
        assertTrue(error.body().contains("error-error"));
        assertEquals("DENY", error.headers().firstValue("X-Frame-Options").orElse(""));
    }

    private static HttpClient http() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Screenshots for a human look at the layout, kept with the build output. */
    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "screenshots");
        Files.createDirectories(dir);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
