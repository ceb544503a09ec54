package ru.trajectory.courses.service;

import java.time.LocalDate;
import java.util.Set;

/**
 * Fired (as a CDI event, inside the completing transaction) when a participant completes a
 * course: routes close their course steps with it, monitoring counts indicator 2.2.
 */
public record CourseCompleted(long enrollmentId, long personId, long courseId, int hours, LocalDate completedOn,
                              Set<String> competencyCodes) {
}
