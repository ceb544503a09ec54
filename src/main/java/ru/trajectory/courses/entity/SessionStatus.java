package ru.trajectory.courses.entity;

/** A session takes enrollments while OPEN; a CANCELLED one takes none. */
public enum SessionStatus {
    OPEN,
    CANCELLED
}
