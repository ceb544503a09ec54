package ru.trajectory.identity.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** {@code {"token": "...", "expiresAt": "2026-01-01T12:00:00Z"}}. */
@JsonbPropertyOrder({"token", "expiresAt"})
public class TokenJson {

    public String token;
    /** ISO-8601 instant in UTC. */
    public String expiresAt;
}
