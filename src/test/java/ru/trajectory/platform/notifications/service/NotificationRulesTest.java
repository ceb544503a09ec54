package ru.trajectory.platform.notifications.service;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotificationRulesTest {

    @Test
    void theMailGreetsNamesTheThingAndLinksToThePortal() {
        MailText mail = MailText.render("Место на курсе подтверждено", "Вы записаны на курс «Функциональная грамотность».",
                "/courses/course.xhtml?id=42", "Анна Игоревна", "https://trajectory.example.ru/");
        assertEquals("Траектория: Место на курсе подтверждено", mail.subject());
        assertTrue(mail.body().startsWith("Здравствуйте, Анна Игоревна!\n\nМесто на курсе подтверждено\n\n"
                + "Вы записаны на курс «Функциональная грамотность».\n"), mail.body());
        assertTrue(mail.body().contains("Открыть на портале: https://trajectory.example.ru/courses/course.xhtml?id=42\n"),
                mail.body());
        assertTrue(mail.body().contains("Все уведомления: https://trajectory.example.ru/notifications.xhtml"), mail.body());
    }

    @Test
    void aNotificationWithoutLinkOrNameStillReadsWell() {
        MailText mail = MailText.render("Напоминание", "Текст", null, null, "http://localhost:8080");
        assertTrue(mail.body().startsWith("Здравствуйте!\n\n"), mail.body());
        assertFalse(mail.body().contains("Открыть на портале"), mail.body());
    }

    @Test
    void theSubjectIsOneLineOfBoundedLength() {
        MailText broken = MailText.render("Первая строка\r\nBcc: someone@example.com", "Текст", null, null, "http://x");
        assertEquals("Траектория: Первая строка Bcc: someone@example.com", broken.subject());
        MailText longOne = MailText.render("Я".repeat(500), "Текст", null, null, "http://x");
        assertEquals(200, longOne.subject().length());
        assertTrue(longOne.subject().endsWith("…"));
    }

    @Test
    void absoluteLinksHaveExactlyOneSlash() {
        assertEquals("http://localhost/a?b=1", MailText.absolute("http://localhost", "/a?b=1"));
        assertEquals("http://localhost/a", MailText.absolute("http://localhost//", "/a"));
        assertEquals("http://localhost/a", MailText.absolute(" http://localhost/ ", "a"));
    }

    @Test
    void failedMailIsRetriedWithGrowingPausesThenGivenUp() {
        Instant now = Instant.parse("2026-09-01T10:00:00Z");
        assertEquals(now.plus(Duration.ofSeconds(30)), MailOutbox.retryAt(1, now));
        assertEquals(now.plus(Duration.ofMinutes(2)), MailOutbox.retryAt(2, now));
        assertEquals(now.plus(Duration.ofMinutes(8)), MailOutbox.retryAt(3, now));
        assertEquals(now.plus(Duration.ofMinutes(32)), MailOutbox.retryAt(4, now));
        assertNull(MailOutbox.retryAt(MailOutbox.MAX_ATTEMPTS, now));
    }

    @Test
    void notificationsLinkOnlyInsideThePortal() {
        Notifications.requireLink(null);
        Notifications.requireLink("/courses/course.xhtml?id=1");
        for (String bad : new String[] {"https://evil.example/", "//evil.example/", "javascript:alert(1)", "/a b",
                "/\\evil.example", "courses/course.xhtml"}) {
            assertThrows(IllegalArgumentException.class, () -> Notifications.requireLink(bad), bad);
        }
    }
}
