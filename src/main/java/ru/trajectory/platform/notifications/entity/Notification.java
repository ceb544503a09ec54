package ru.trajectory.platform.notifications.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One notification of a person. Immutable but for its read mark and the e-mail delivery
 * state, which only the outbox changes.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.OF_PERSON, query = "SELECT n FROM Notification n WHERE n.personId = :personId "
        + "ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.UNREAD_OF_PERSON, query = "SELECT n FROM Notification n WHERE n.personId = :personId "
        + "AND n.readAt IS NULL ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(name = Notification.COUNT_OF_PERSON, query = "SELECT COUNT(n) FROM Notification n "
        + "WHERE n.personId = :personId")
@NamedQuery(name = Notification.COUNT_UNREAD_OF_PERSON, query = "SELECT COUNT(n) FROM Notification n "
        + "WHERE n.personId = :personId AND n.readAt IS NULL")
@NamedQuery(name = Notification.MARK_ALL_READ, query = "UPDATE Notification n SET n.readAt = :now "
        + "WHERE n.personId = :personId AND n.readAt IS NULL")
public class Notification {

    public static final String OF_PERSON = "Notification.ofPerson";
    public static final String UNREAD_OF_PERSON = "Notification.unreadOfPerson";
    public static final String COUNT_OF_PERSON = "Notification.countOfPerson";
    public static final String COUNT_UNREAD_OF_PERSON = "Notification.countUnreadOfPerson";
    public static final String MARK_ALL_READ = "Notification.markAllRead";

    public static final int KIND_MAX = 40;
    public static final int TITLE_MAX = 300;
    public static final int BODY_MAX = 4000;
    public static final int LINK_MAX = 500;
    public static final int DEDUPE_KEY_MAX = 190;
    public static final int EMAIL_ERROR_MAX = 500;

    @Id
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @Column(nullable = false, length = KIND_MAX, updatable = false)
    private String kind;

    @Column(nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(nullable = false, length = BODY_MAX, updatable = false)
    private String body;

    @Column(length = LINK_MAX, updatable = false)
    private String link;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false, length = 8)
    private EmailStatus emailStatus;

    @Column(name = "email_attempts", nullable = false)
    private int emailAttempts;

    @Column(name = "email_next_attempt_at")
    private Instant emailNextAttemptAt;

    @Column(name = "emailed_at")
    private Instant emailedAt;

    @Column(name = "email_error", length = EMAIL_ERROR_MAX)
    private String emailError;

    protected Notification() {
    }

    /** Marks it read; a second mark keeps the first time. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** A sender took the row: nobody else sends it before the lease ends. */
    public void leaseEmail(Instant until) {
        emailNextAttemptAt = until;
    }

    public void emailSent(Instant now) {
        emailStatus = EmailStatus.SENT;
        emailedAt = now;
        emailNextAttemptAt = null;
        emailError = null;
    }

    /**
     * Counts a failed attempt. Gives up (FAILED) when {@code retryAt} is null, otherwise stays
     * PENDING until then.
     */
    public void emailFailed(String error, Instant retryAt) {
        emailAttempts++;
        emailError = error == null ? null
                : error.length() <= EMAIL_ERROR_MAX ? error : error.substring(0, EMAIL_ERROR_MAX - 1) + "…";
        if (retryAt == null) {
            emailStatus = EmailStatus.FAILED;
            emailNextAttemptAt = null;
        } else {
            emailNextAttemptAt = retryAt;
        }
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    public EmailStatus getEmailStatus() {
        return emailStatus;
    }

    public int getEmailAttempts() {
        return emailAttempts;
    }
}
