package ru.trajectory.identity.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.SecurityEvent;
import ru.trajectory.identity.entity.SecurityEventType;
import ru.trajectory.platform.errors.AccessDeniedException;

/**
 * The security audit log. Each event is written in its own transaction: a failed sign-in
 * must be recorded even though the request that caused it fails.
 */
@ApplicationScoped
public class SecurityAudit {

    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    CurrentCaller currentCaller;

    @Transactional(TxType.REQUIRES_NEW)
    public void record(SecurityEventType type, String login, String actorLogin, String remoteAddress, String details) {
        em.persist(new SecurityEvent(clock.instant(), type, login, actorLogin, remoteAddress, details));
    }

    /** Newest first; only administrators read the log. */
    @Transactional
    public List<SecurityEvent> recent(SecurityEventType type, String login, int first, int size) {
        requireAdmin();
        return em.createQuery("SELECT e FROM SecurityEvent e WHERE (:type IS NULL OR e.type = :type) "
                        + "AND (:login IS NULL OR e.login = :login) ORDER BY e.occurredAt DESC, e.id DESC",
                        SecurityEvent.class)
                .setParameter("type", type)
                .setParameter("login", blankToNull(login))
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, size), MAX_PAGE))
                .getResultList();
    }

    @Transactional
    public long count(SecurityEventType type, String login) {
        requireAdmin();
        return em.createQuery("SELECT COUNT(e) FROM SecurityEvent e WHERE (:type IS NULL OR e.type = :type) "
                        + "AND (:login IS NULL OR e.login = :login)", Long.class)
                .setParameter("type", type)
                .setParameter("login", blankToNull(login))
                .getSingleResult();
    }

    private void requireAdmin() {
        if (!currentCaller.get().has(Role.ADMIN)) {
            throw new AccessDeniedException("Журнал безопасности доступен только администратору");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
