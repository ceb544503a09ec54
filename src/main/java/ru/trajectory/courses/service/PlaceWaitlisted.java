package ru.trajectory.courses.service;

/**
 * Fired (inside the enrolling transaction) when a person lands in a session's waitlist because
 * no seat is free: on enrollment, or on the director's approval ({@code afterApproval}).
 * {@code position} is their place in line at that moment, from 1.
 */
public record PlaceWaitlisted(long enrollmentId, long personId, long sessionId, int position, boolean afterApproval) {
}
