package ru.trajectory.diagnostics.entity;

/** IN_PROGRESS until submitted, or EXPIRED when the time limit closed it with the answers saved by then. */
public enum AttemptStatus {
    IN_PROGRESS,
    SUBMITTED,
    EXPIRED
}
