package ru.trajectory.courses.entity;

/**
 * PENDING_APPROVAL waits for the director («согласование руководителем»); CONFIRMED holds a
 * seat; WAITLISTED waits for one; COMPLETED finished with hours and a certificate.
 */
public enum EnrollmentStatus {
    PENDING_APPROVAL,
    CONFIRMED,
    WAITLISTED,
    CANCELLED,
    REJECTED,
    COMPLETED;

    /** Still counts as the person's enrollment in the session (one live enrollment each). */
    public boolean isLive() {
        return this != CANCELLED && this != REJECTED;
    }
}
