package ru.trajectory.diagnostics.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.Attempt;

/**
 * Closes an attempt whose time ran out, scoring the answers saved before the deadline. Its
 * own transaction: the request that noticed the deadline is refused and rolled back, but the
 * closing must stay.
 */
@ApplicationScoped
public class AttemptExpiry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DeficitProfiles profiles;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void expire(long attemptId) {
        Attempt attempt = em.find(Attempt.class, attemptId, LockModeType.PESSIMISTIC_WRITE);
        if (attempt != null && attempt.isOpen() && attempt.isOverdueAt(clock.instant())) {
            attempt.finish(clock.instant(), true);
            em.flush();
            profiles.recompute(attempt.getPersonId());
        }
    }
}
