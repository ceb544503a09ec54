package ru.trajectory.identity.entity;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Failed sign-ins of one login inside a sliding window. Kept in the database, not in memory,
 * so that every node of a cluster refuses the same attacker.
 */
@Entity
@Table(name = "login_throttle")
public class LoginThrottle {

    @Id
    @Column(length = 64)
    private String login;

    @Column(nullable = false)
    private int failures;

    @Column(name = "window_start", nullable = false)
    private Instant windowStart;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    protected LoginThrottle() {
    }

    public LoginThrottle(String login, Instant now) {
        this.login = login;
        this.windowStart = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /**
     * Counts a failure; returns true when this failure locks the login.
     * A window older than {@code window} starts afresh.
     */
    public boolean recordFailure(Instant now, int maxFailures, Duration window, Duration lock) {
        if (Duration.between(windowStart, now).compareTo(window) > 0) {
            windowStart = now;
            failures = 0;
        }
        failures++;
        if (failures >= maxFailures && !isLockedAt(now)) {
            lockedUntil = now.plus(lock);
            return true;
        }
        return false;
    }

    public int getFailures() {
        return failures;
    }
}
