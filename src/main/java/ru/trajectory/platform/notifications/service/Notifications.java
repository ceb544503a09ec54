package ru.trajectory.platform.notifications.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.notifications.entity.EmailStatus;
import ru.trajectory.platform.notifications.entity.Notification;

/**
 * Writes notifications for any module and reads the caller's own. {@code notify} joins the
 * caller's transaction, so the notification commits or rolls back with the change it reports;
 * its e-mail copy only waits in the outbox, so no mail server is ever part of that transaction.
 */
@ApplicationScoped
@Transactional
public class Notifications {

    /**
     * Inserted by SQL rather than persisted: a repeated dedupe key then becomes a no-op instead
     * of a constraint violation that would mark the caller's whole transaction for rollback.
     */
    private static final String INSERT = "INSERT INTO notification (%s) VALUES (%s) ON DUPLICATE KEY UPDATE id = id";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    MailSettings mail;

    /**
     * Notifies a person.
     *
     * @param kind  a short code of what happened ({@code courses.confirmed}), for filters and clients
     * @param title one line in Russian
     * @param body  plain text in Russian
     * @param link  a portal path starting with {@code /} (e.g. {@code /courses/course.xhtml?id=5}), or null
     */
    public void notify(long personId, String kind, String title, String body, String link) {
        notify(personId, kind, title, body, link, null);
    }

    /**
     * Notifies a person unless a notification with the same dedupe key exists already, so that
     * a job that runs again (or on two servers at once) tells nobody twice.
     */
    public void notify(long personId, String kind, String title, String body, String link, String dedupeKey) {
        requireText(kind, "kind", Notification.KIND_MAX);
        requireText(title, "title", Integer.MAX_VALUE);
        Objects.requireNonNull(body, "body");
        requireLink(link);
        if (dedupeKey != null) {
            requireText(dedupeKey, "dedupeKey", Notification.DEDUPE_KEY_MAX);
            long existing = em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE dedupe_key = ?")
                    .setParameter(1, dedupeKey).getSingleResult() instanceof Number n ? n.longValue() : 0;
            if (existing > 0) {
                return;
            }
        }
        Instant now = clock.instant();
        boolean email = mail.enabled() && hasEmail(personId);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("person_id", personId);
        row.put("kind", kind);
        row.put("title", cut(title.strip(), Notification.TITLE_MAX));
        row.put("body", cut(body.strip(), Notification.BODY_MAX));
        row.put("created_at", Timestamp.from(now));
        row.put("email_status", (email ? EmailStatus.PENDING : EmailStatus.NONE).name());
        if (email) {
            row.put("email_next_attempt_at", Timestamp.from(now));
        }
        // Absent columns stay NULL by default: a null parameter would have no SQL type to bind with.
        if (link != null) {
            row.put("link", link);
        }
        if (dedupeKey != null) {
            row.put("dedupe_key", dedupeKey);
        }
        Query insert = em.createNativeQuery(INSERT.formatted(String.join(", ", row.keySet()),
                String.join(", ", Collections.nCopies(row.size(), "?"))));
        int position = 1;
        for (Object value : row.values()) {
            insert.setParameter(position++, value);
        }
        insert.executeUpdate();
    }

    /** A page of the caller's notifications, newest first. */
    public NotificationPage mine(boolean unreadOnly, int first, int size) {
        long me = me();
        List<NotificationView> items = em.createNamedQuery(unreadOnly ? Notification.UNREAD_OF_PERSON : Notification.OF_PERSON,
                        Notification.class)
                .setParameter("personId", me).setFirstResult(first).setMaxResults(size)
                .getResultStream().map(NotificationView::of).toList();
        long unread = count(Notification.COUNT_UNREAD_OF_PERSON, me);
        long total = unreadOnly ? unread : count(Notification.COUNT_OF_PERSON, me);
        return new NotificationPage(items, total, unread);
    }

    /** How many of the caller's notifications are unread; 0 for a guest, so the header can always ask. */
    public long unreadCount() {
        Caller c = currentCaller.get();
        if (!c.isSignedIn() || c.personId() == null) {
            return 0;
        }
        return count(Notification.COUNT_UNREAD_OF_PERSON, c.personId());
    }

    /** Marks one of the caller's notifications read; someone else's is as missing as a wrong id. */
    public NotificationView markRead(long id) {
        long me = me();
        Notification n = em.find(Notification.class, id);
        if (n == null || n.getPersonId() != me) {
            throw new NotFoundException("Уведомление не найдено");
        }
        n.markRead(clock.instant());
        return NotificationView.of(n);
    }

    /** Marks every unread notification of the caller read; returns how many were unread. */
    public int markAllRead() {
        return em.createNamedQuery(Notification.MARK_ALL_READ)
                .setParameter("now", clock.instant()).setParameter("personId", me()).executeUpdate();
    }

    private long me() {
        Caller c = currentCaller.get();
        if (!c.isSignedIn() || c.personId() == null) {
            throw new AccessDeniedException("Уведомления есть только у сотрудников с учётной записью");
        }
        return c.personId();
    }

    private long count(String query, long personId) {
        return em.createNamedQuery(query, Long.class).setParameter("personId", personId).getSingleResult();
    }

    private boolean hasEmail(long personId) {
        List<String> email = em.createQuery("SELECT p.email FROM Person p WHERE p.id = :id", String.class)
                .setParameter("id", personId).getResultList();
        if (email.isEmpty()) {
            throw new IllegalArgumentException("No person " + personId);
        }
        return email.get(0) != null && !email.get(0).isBlank();
    }

    private static void requireText(String value, String name, int max) {
        if (value == null || value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1.." + max + " characters: " + value);
        }
    }

    /**
     * Only a path inside the portal: an address of another site (or a {@code javascript:} one)
     * would turn a notification into a phishing link in the page and in the e-mail.
     */
    static void requireLink(String link) {
        if (link == null) {
            return;
        }
        if (link.length() > Notification.LINK_MAX || !link.startsWith("/") || link.startsWith("//")
                || link.contains("\\") || link.chars().anyMatch(ch -> ch <= ' ' || ch == 0x7f)) {
            throw new IllegalArgumentException("A notification links to a portal path such as /courses/course.xhtml?id=1: "
                    + link);
        }
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
