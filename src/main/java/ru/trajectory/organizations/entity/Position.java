package ru.trajectory.organizations.entity;

/**
 * Должность. School positions count as pedagogical staff in the program's denominators;
 * METHODOLOGIST and SPECIALIST are the staff of support centres and education authorities.
 */
public enum Position {
    TEACHER,
    DIRECTOR,
    DEPUTY_DIRECTOR,
    PSYCHOLOGIST,
    SPEECH_THERAPIST,
    SOCIAL_PEDAGOGUE,
    TUTOR,
    ADDITIONAL_EDUCATION,
    COUNSELOR,
    METHODOLOGIST,
    SPECIALIST;

    /** Руководители: directors and deputies, counted as leaders by the program. */
    public boolean isLeader() {
        return this == DIRECTOR || this == DEPUTY_DIRECTOR;
    }
}
