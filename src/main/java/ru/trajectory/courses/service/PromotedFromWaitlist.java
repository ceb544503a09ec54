package ru.trajectory.courses.service;

/**
 * Fired (inside the cancelling transaction) when a cancellation frees a seat and the first of
 * the waitlist takes it: that person did nothing just now, so they must be told.
 */
public record PromotedFromWaitlist(long enrollmentId, long personId, long sessionId) {
}
