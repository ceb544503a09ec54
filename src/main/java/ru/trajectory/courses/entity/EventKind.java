package ru.trajectory.courses.entity;

/** Семинар, вебинар, мастер-класс, конференция. */
public enum EventKind {
    SEMINAR,
    WEBINAR,
    MASTER_CLASS,
    CONFERENCE
}
