package ru.trajectory.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class TokenResourceTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void retryAfterRoundsUpAndIsNeverZero() {
        assertEquals(300, TokenResource.retryAfterSeconds(NOW, NOW.plusSeconds(300)));
        assertEquals(1, TokenResource.retryAfterSeconds(NOW, NOW.plusMillis(200)));
        assertEquals(2, TokenResource.retryAfterSeconds(NOW, NOW.plusMillis(1001)));
        assertEquals(1, TokenResource.retryAfterSeconds(NOW, NOW.minusSeconds(5)));
    }

    @Test
    void minutesAreDeclinedAsRussianNeedsAfterNa() {
        assertEquals("минуту", TokenResource.minutesWord(1));
        assertEquals("минуты", TokenResource.minutesWord(3));
        assertEquals("минут", TokenResource.minutesWord(5));
        assertEquals("минут", TokenResource.minutesWord(11));
        assertEquals("минуту", TokenResource.minutesWord(21));
        assertEquals("минуты", TokenResource.minutesWord(22));
    }
}
