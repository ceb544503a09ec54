package ru.trajectory.identity.entity;

/** What the security audit log records. */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILURE,
    SIGN_OUT,
    LOCKED,
    PASSWORD_CHANGED,
    ROLE_GRANTED,
    ROLE_REVOKED,
    TOKEN_ISSUED
}
