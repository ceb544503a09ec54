package ru.trajectory.courses.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Dates of courses as Russian readers write them. */
@Named
@ApplicationScoped
public class CourseText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String period(LocalDate start, LocalDate end) {
        if (start == null) {
            return "";
        }
        return end == null || end.equals(start) ? date(start) : date(start) + " – " + date(end);
    }
}
