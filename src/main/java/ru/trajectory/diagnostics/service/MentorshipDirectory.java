package ru.trajectory.diagnostics.service;

/**
 * Tells whether one person is the active mentor of another. The mentoring module provides
 * it; until that module exists no implementation is deployed, and so no mentor sees anyone's
 * deficits — the safe default for a rule about privacy.
 */
public interface MentorshipDirectory {

    boolean isActiveMentor(long mentorPersonId, long menteePersonId);
}
