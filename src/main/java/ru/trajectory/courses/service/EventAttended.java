package ru.trajectory.courses.service;

import java.time.Instant;
import java.util.Set;

/**
 * Fired (as a CDI event, inside the marking transaction) when a person's attendance at an
 * informal learning event is recorded: routes and monitoring (indicator 2.1) count it.
 */
public record EventAttended(long eventId, long personId, Instant eventStart, Set<String> competencyCodes) {
}
