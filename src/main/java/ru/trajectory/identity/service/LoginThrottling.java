package ru.trajectory.identity.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.trajectory.identity.entity.LoginThrottle;

/**
 * Refuses further sign-ins for a login after too many failures inside a window.
 * Each call commits on its own: the count must survive the failed request that made it.
 */
@ApplicationScoped
public class LoginThrottling {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trajectory.login.max-failures", defaultValue = "5")
    int maxFailures;

    @Inject
    @ConfigProperty(name = "trajectory.login.window-seconds", defaultValue = "60")
    long windowSeconds;

    @Inject
    @ConfigProperty(name = "trajectory.login.lock-seconds", defaultValue = "300")
    long lockSeconds;

    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Instant> lockedUntil(String login) {
        LoginThrottle t = em.find(LoginThrottle.class, key(login));
        Instant now = clock.instant();
        return t != null && t.isLockedAt(now) ? Optional.of(t.getLockedUntil()) : Optional.empty();
    }

    /** Counts a failure; returns the end of the lock when this failure locks the login. */
    @Transactional(TxType.REQUIRES_NEW)
    public Optional<Instant> recordFailure(String login) {
        Instant now = clock.instant();
        LoginThrottle t = em.find(LoginThrottle.class, key(login), LockModeType.PESSIMISTIC_WRITE);
        if (t == null) {
            t = new LoginThrottle(key(login), now);
            em.persist(t);
        }
        boolean lockedNow = t.recordFailure(now, maxFailures, Duration.ofSeconds(windowSeconds),
                Duration.ofSeconds(lockSeconds));
        return lockedNow ? Optional.of(t.getLockedUntil()) : Optional.empty();
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void clear(String login) {
        LoginThrottle t = em.find(LoginThrottle.class, key(login));
        if (t != null) {
            em.remove(t);
        }
    }

    private static String key(String login) {
        return login.strip().toLowerCase(Locale.ROOT);
    }
}
