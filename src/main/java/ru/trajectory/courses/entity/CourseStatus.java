package ru.trajectory.courses.entity;

/** A course is visible in the catalogue only while PUBLISHED. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
