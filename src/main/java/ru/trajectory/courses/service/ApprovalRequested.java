package ru.trajectory.courses.service;

/**
 * Fired (inside the enrolling transaction) when a request for a course that needs the
 * director's approval waits for it; {@code schoolId} is the school of the person, whose
 * directors decide.
 */
public record ApprovalRequested(long enrollmentId, long personId, long sessionId, long schoolId) {
}
