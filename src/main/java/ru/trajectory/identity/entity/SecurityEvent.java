package ru.trajectory.identity.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An immutable line of the security audit log. */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private SecurityEventType type;

    @Column(length = 64, updatable = false)
    private String login;

    @Column(name = "actor_login", length = 64, updatable = false)
    private String actorLogin;

    @Column(name = "remote_address", length = 64, updatable = false)
    private String remoteAddress;

    @Column(length = 500, updatable = false)
    private String details;

    protected SecurityEvent() {
    }

    public SecurityEvent(Instant occurredAt, SecurityEventType type, String login, String actorLogin,
                         String remoteAddress, String details) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.type = Objects.requireNonNull(type, "type");
        this.login = truncate(login, 64);
        this.actorLogin = truncate(actorLogin, 64);
        this.remoteAddress = truncate(remoteAddress, 64);
        this.details = truncate(details, 500);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventType getType() {
        return type;
    }

    public String getLogin() {
        return login;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetails() {
        return details;
    }
}
