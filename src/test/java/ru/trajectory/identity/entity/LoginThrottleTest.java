package ru.trajectory.identity.entity;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LoginThrottleTest {

    private static final Duration WINDOW = Duration.ofSeconds(60);
    private static final Duration LOCK = Duration.ofSeconds(300);
    private final Instant t0 = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void theFifthFailureWithinAMinuteLocksForTheLockDuration() {
        LoginThrottle t = new LoginThrottle("teacher", t0);
        for (int i = 0; i < 4; i++) {
            assertFalse(t.recordFailure(t0.plusSeconds(i * 10), 5, WINDOW, LOCK), "failure " + (i + 1));
        }
        assertTrue(t.recordFailure(t0.plusSeconds(45), 5, WINDOW, LOCK));
        assertTrue(t.isLockedAt(t0.plusSeconds(46)));
        assertTrue(t.isLockedAt(t0.plusSeconds(344)));
        assertFalse(t.isLockedAt(t0.plusSeconds(345)));
        assertEquals(t0.plusSeconds(345), t.getLockedUntil());
    }

    @Test
    void failuresSpreadOverMoreThanAMinuteDoNotLock() {
        LoginThrottle t = new LoginThrottle("teacher", t0);
        for (int i = 0; i < 10; i++) {
            assertFalse(t.recordFailure(t0.plusSeconds(i * 20L), 5, WINDOW, LOCK), "failure at " + i * 20 + " s");
        }
        assertFalse(t.isLockedAt(t0.plusSeconds(200)));
    }
}
