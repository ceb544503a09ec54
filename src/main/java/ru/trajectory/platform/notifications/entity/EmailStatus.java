package ru.trajectory.platform.notifications.entity;

/**
 * The e-mail copy of a notification: NONE when there is none to send (no address, or mail is
 * switched off), PENDING while it waits in the outbox, SENT once the mail server accepted it,
 * FAILED when the sender gave up.
 */
public enum EmailStatus {
    NONE,
    PENDING,
    SENT,
    FAILED
}
