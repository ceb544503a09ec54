package ru.trajectory.courses.entity;

/** Очно, дистанционно, смешанно. */
public enum CourseFormat {
    IN_PERSON,
    DISTANCE,
    BLENDED
}
