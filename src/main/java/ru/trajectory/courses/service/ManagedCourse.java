package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.LocalDate;

import ru.trajectory.courses.entity.CourseFormat;
import ru.trajectory.courses.entity.CourseStatus;

/** A line of the methodologist's course list: the card's essentials and what is coming next. */
public record ManagedCourse(long id, String title, CourseStatus status, int hours, CourseFormat format,
                            long sessions, LocalDate nextStart) implements Serializable {
}
