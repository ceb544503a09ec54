package ru.trajectory.courses.service;

/**
 * Fired (as a CDI event, inside the enrolling transaction) when a person gets a seat in a
 * session straight away: on enrollment, or on the director's approval ({@code afterApproval})
 * while a seat is free. A seat freed by someone else is {@link PromotedFromWaitlist}.
 */
public record PlaceConfirmed(long enrollmentId, long personId, long sessionId, boolean afterApproval) {
}
