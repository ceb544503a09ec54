package ru.trajectory.identity;

import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.Json;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.trajectory.identity.service.PasswordHasher;
import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sign-in as the API sees it: stored hashes, tokens, throttling and the audit trail, plus the
 * protections every page response carries.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    private static final List<String> DEMO_LOGINS =
            List.of("teacher", "mentor", "methodologist", "director", "municipal", "regional", "admin");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void storedPasswordsArePbkdf2Sha256WithAtLeast600000IterationsAndOwnSalts() throws SQLException {
        Set<String> salts = new HashSet<>();
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT login, password_hash FROM account WHERE login = ?")) {
            for (String login : DEMO_LOGINS) {
                p.setString(1, login);
                try (ResultSet rs = p.executeQuery()) {
                    assertTrue(rs.next(), "demo account " + login);
                    String[] parts = rs.getString("password_hash").split(":");
                    assertEquals(4, parts.length);
                    assertEquals("PBKDF2WithHmacSHA256", parts[0]);
                    assertTrue(Integer.parseInt(parts[1]) >= 600_000, "iterations of " + login + ": " + parts[1]);
                    assertEquals(16, Base64.getDecoder().decode(parts[2]).length);
                    assertEquals(32, Base64.getDecoder().decode(parts[3]).length);
                    salts.add(parts[2]);
                }
            }
        }
        assertEquals(DEMO_LOGINS.size(), salts.size(), "every account has its own salt");
        assertEquals(600_000, PasswordHasher.ITERATIONS);
    }

    @Test
    void everyDemoAccountSignsInThroughTheApi() {
        ApiClient api = new ApiClient(base);
        for (String login : DEMO_LOGINS) {
            Response me = api.as(login).get("api/v1/me");
            assertEquals(200, me.status(), login);
            assertEquals(login, me.json().getString("login"));
            assertFalse(me.json().getJsonArray("roles").isEmpty(), login + " has roles");
        }
    }

    @Test
    void wrongPasswordIs401InRussianAndAudited() throws SQLException {
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher("wrong.pass", "correct-password-1", school);
        Response r = token("wrong.pass", "not-the-password");
        assertEquals(401, r.status());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(401, r.json().getInt("status"));
        assertTrue(r.json().getString("title").matches(".*[А-Яа-я].*"), "Russian title: " + r.body());
        assertFalse(r.body().contains("Exception"), r.body());
        assertEquals(1, events("wrong.pass", "SIGN_IN_FAILURE"));
        assertEquals(0, events("wrong.pass", "SIGN_IN"));
    }

    @Test
    void fiveFailuresWithinAMinuteLockTheLoginEvenForTheRightPassword() throws SQLException {
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher("locked.one", "correct-password-2", school);
        for (int i = 1; i <= 4; i++) {
            assertEquals(401, token("locked.one", "bad-" + i).status(), "attempt " + i);
        }
        Response fifth = token("locked.one", "bad-5");
        assertEquals(429, fifth.status(), fifth.body());
        Response rightPassword = token("locked.one", "correct-password-2");
        assertEquals(429, rightPassword.status(), "locked even with the right password");
        int retryAfter = Integer.parseInt(rightPassword.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);
        assertTrue(rightPassword.json().getString("detail").matches(".*[А-Яа-я].*"), rightPassword.body());
        assertEquals(1, events("locked.one", "LOCKED"));
        assertEquals(0, events("locked.one", "SIGN_IN"));
    }

    @Test
    void lockingOneLoginLeavesOthersAlone() {
        long school = TestAccounts.schoolOf("teacher");
        TestAccounts.teacher("noisy.neighbour", "correct-password-3", school);
        TestAccounts.teacher("quiet.neighbour", "correct-password-4", school);
        for (int i = 0; i < 6; i++) {
            token("noisy.neighbour", "bad");
        }
        assertEquals(200, token("quiet.neighbour", "correct-password-4").status());
    }

    @Test
    void successfulSignInIsAuditedAndTheTokenOpensTheApi() throws SQLException {
        long school = TestAccounts.schoolOf("teacher");
        long person = TestAccounts.teacher("good.sign.in", "correct-password-5", school);
        ApiClient api = new ApiClient(base).as("good.sign.in", "correct-password-5");
        Response me = api.get("api/v1/me");
        assertEquals(200, me.status());
        assertEquals(String.valueOf(person), me.json().getString("personId"));
        assertEquals("TEACHER", me.json().getJsonArray("roles").getJsonObject(0).getString("role"));
        assertEquals(1, events("good.sign.in", "SIGN_IN"));
        assertEquals(1, events("good.sign.in", "TOKEN_ISSUED"));
    }

    @Test
    void missingOrForgedTokenIs401ProblemJson() {
        ApiClient anonymous = new ApiClient(base);
        Response missing = anonymous.get("api/v1/me");
        assertEquals(401, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"));
        assertEquals("Bearer", missing.header("WWW-Authenticate"));
        Response forged = anonymous.withToken("forged-token-value").get("api/v1/me");
        assertEquals(401, forged.status());
        assertTrue(forged.json().getString("detail").matches(".*[А-Яа-я].*"));
    }

    @Test
    void tokenRequestWithoutFieldsIs400WithRussianFieldErrors() {
        Response r = new ApiClient(base).post("api/v1/auth/token", Json.createObjectBuilder().build());
        assertEquals(400, r.status(), r.body());
        assertFalse(r.json().getJsonArray("errors").isEmpty());
        assertTrue(r.json().getJsonArray("errors").getJsonObject(0).getString("message").matches(".*[А-Яа-я].*"));
        Response garbage = new ApiClient(base).postRaw("api/v1/auth/token", "application/json", "{not json");
        assertEquals(400, garbage.status(), garbage.body());
        assertFalse(garbage.body().contains("Exception"));
    }

    @Test
    void pagesCarrySecurityHeadersAndSafeSessionCookies() {
        Response login = new ApiClient(base).get("login.xhtml");
        assertEquals(200, login.status());
        List<String> csp = login.headers().allValues("Content-Security-Policy");
        assertTrue(csp.stream().anyMatch(v -> v.contains("script-src") && v.contains("nonce-")), csp.toString());
        assertTrue(csp.stream().anyMatch(v -> v.contains("frame-ancestors 'none'")), csp.toString());
        assertEquals("nosniff", login.header("X-Content-Type-Options"));
        assertTrue(login.header("Referrer-Policy") != null);
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase().contains("samesite=lax"), cookie);
    }

    @Test
    void unknownPagesAndResourcesAnswerWithThePortalsOwnErrors() {
        ApiClient admin = new ApiClient(base).as("admin");
        Response api = admin.get("api/v1/no-such-resource");
        assertEquals(404, api.status());
        assertTrue(api.contentType().startsWith("application/problem+json"), api.contentType());
        Response page = new ApiClient(base).get("error/not-found.xhtml");
        assertEquals(404, page.status());
        assertTrue(page.body().contains("Траектория"), "portal's own page");
        assertFalse(page.body().contains("Payara"), "no server error report");
        assertFalse(page.body().contains(".java:"), "no stack trace");
        Response broken = new ApiClient(base).get("api/v1/auth/token");
        assertEquals(405, broken.status());
        assertFalse(broken.body().contains(".java:"), "no stack trace");
    }

    private Response token(String login, String password) {
        return new ApiClient(base).post("api/v1/auth/token",
                Json.createObjectBuilder().add("login", login).add("password", password).build());
    }

    private static long events(String login, String type) throws SQLException {
        try (Connection c = TestDatabase.dataSource().getConnection();
             PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM security_event WHERE login = ? AND type = ?")) {
            p.setString(1, login);
            p.setString(2, type);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
