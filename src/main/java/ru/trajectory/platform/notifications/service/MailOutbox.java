package ru.trajectory.platform.notifications.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.platform.notifications.entity.EmailStatus;
import ru.trajectory.platform.notifications.entity.Notification;

/**
 * The outbox side of notifications, each step its own short transaction so that no row lock
 * is held while a mail server is talked to: claim a batch, then record each outcome.
 * Delivery is at least once: a sender that dies after the server accepted a mail but before
 * {@link #sent} leaves the row to be sent again when its lease ends.
 */
@ApplicationScoped
public class MailOutbox {

    /** After this many failed attempts the sender gives up (FAILED). */
    static final int MAX_ATTEMPTS = 5;

    /** How long a claimed row is left to its sender before another may take it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    MailSettings settings;

    /**
     * Claims up to {@code batch} due rows. SKIP LOCKED lets several servers claim at once
     * without waiting on each other or taking the same row, and also skips rows whose
     * business transaction has not committed yet.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutgoingMail> claim(int batch) {
        Instant now = clock.instant();
        List<?> ids = em.createNativeQuery("SELECT id FROM notification WHERE email_status = 'PENDING' "
                        + "AND email_next_attempt_at <= ? ORDER BY email_next_attempt_at, id LIMIT ? FOR UPDATE SKIP LOCKED")
                .setParameter(1, Timestamp.from(now)).setParameter(2, batch).getResultList();
        List<OutgoingMail> claimed = new ArrayList<>();
        for (Object id : ids) {
            Notification n = em.find(Notification.class, ((Number) id).longValue());
            if (n == null || n.getEmailStatus() != EmailStatus.PENDING) {
                continue;
            }
            Recipient to = recipient(n.getPersonId());
            if (to == null) {
                // The address was removed after the notification was written: nothing to retry.
                n.emailFailed("У сотрудника нет адреса электронной почты", null);
                continue;
            }
            n.leaseEmail(now.plus(LEASE));
            claimed.add(new OutgoingMail(n.getId(), to.email(),
                    MailText.render(n.getTitle(), n.getBody(), n.getLink(), to.greeting(), settings.publicUrl())));
        }
        return claimed;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void sent(long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n != null) {
            n.emailSent(clock.instant());
        }
    }

    /** Records a failed attempt; a permanent failure (a refused address) is not retried. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(long notificationId, String error, boolean permanent) {
        Notification n = em.find(Notification.class, notificationId);
        if (n != null) {
            n.emailFailed(error, permanent ? null : retryAt(n.getEmailAttempts() + 1, clock.instant()));
        }
    }

    /**
     * When to try again after the given number of failed attempts, or null to give up:
     * 30 s, 2 min, 8 min, 32 min, so that a mail server down for half an hour loses nothing.
     */
    static Instant retryAt(int failedAttempts, Instant now) {
        if (failedAttempts >= MAX_ATTEMPTS) {
            return null;
        }
        return now.plus(Duration.ofSeconds(30L << (2 * (Math.max(1, failedAttempts) - 1))));
    }

    private Recipient recipient(long personId) {
        List<Object[]> rows = em.createQuery("SELECT p.email, p.firstName, p.middleName FROM Person p WHERE p.id = :id",
                Object[].class).setParameter("id", personId).getResultList();
        if (rows.isEmpty() || rows.get(0)[0] == null || ((String) rows.get(0)[0]).isBlank()) {
            return null;
        }
        Object[] r = rows.get(0);
        String greeting = r[2] == null ? (String) r[1] : r[1] + " " + r[2];
        return new Recipient(((String) r[0]).strip(), greeting);
    }

    private record Recipient(String email, String greeting) {
    }
}
