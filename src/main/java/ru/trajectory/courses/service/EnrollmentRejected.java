package ru.trajectory.courses.service;

/**
 * Fired (inside the deciding transaction) when the director rejects a request. An approval
 * is told by {@link PlaceConfirmed} or {@link PlaceWaitlisted} with {@code afterApproval}.
 */
public record EnrollmentRejected(long enrollmentId, long personId, long sessionId) {
}
