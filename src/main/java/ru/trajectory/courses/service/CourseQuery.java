package ru.trajectory.courses.service;

import java.time.LocalDate;

import ru.trajectory.courses.entity.CourseFormat;

/**
 * Filters of the catalogue; every component is optional (null or false means "any").
 * {@code from}/{@code to} select courses with an open session starting in that range.
 */
public record CourseQuery(String competencyCode, String subjectCode, CourseFormat format, Integer maxHours,
                          Long providerId, LocalDate from, LocalDate to, boolean freeSeatsOnly, String text) {

    public static CourseQuery any() {
        return new CourseQuery(null, null, null, null, null, null, null, false, null);
    }
}
