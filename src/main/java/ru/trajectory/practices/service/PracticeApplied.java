package ru.trajectory.practices.service;

import java.time.Instant;

/**
 * A teacher marked a practice «применяю» with feedback. Fired after the mark is stored (observers
 * should use {@code during = TransactionPhase.AFTER_SUCCESS}); monitoring (indicator 4.1)
 * listens without reading the practices module's tables.
 */
public record PracticeApplied(long practiceId, long personId, Instant at) {
}
