package ru.trajectory.courses.service;

import java.time.LocalDate;

/** What a methodologist gives for a session: dates, format, place or link, seats, deadline. */
public record SessionInput(LocalDate start, LocalDate end, String format, String place, Integer capacity,
                           LocalDate enrollmentDeadline) {
}
