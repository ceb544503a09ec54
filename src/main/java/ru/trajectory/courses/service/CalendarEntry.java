package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.courses.entity.EventKind;

/**
 * One entry of a person's learning calendar: a course session they hold (or wait for) a
 * place in, whole days; or a learning event they registered for, between two instants.
 */
public final class CalendarEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    /** What the entry comes from. */
    public enum Kind {
        COURSE_SESSION,
        EVENT
    }

    private final Kind kind;
    private final long sourceId;
    private final long targetId;
    private final String title;
    private final EnrollmentStatus enrollmentStatus;
    private final EventKind eventKind;
    private final boolean attended;
    private final boolean cancelled;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String place;

    private CalendarEntry(Kind kind, long sourceId, long targetId, String title, EnrollmentStatus enrollmentStatus,
                          EventKind eventKind, boolean attended, boolean cancelled, LocalDate firstDay,
                          LocalDate lastDay, Instant startsAt, Instant endsAt, String place) {
        this.kind = kind;
        this.sourceId = sourceId;
        this.targetId = targetId;
        this.title = title;
        this.enrollmentStatus = enrollmentStatus;
        this.eventKind = eventKind;
        this.attended = attended;
        this.cancelled = cancelled;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
    }

    static CalendarEntry session(long enrollmentId, long courseId, String title, EnrollmentStatus status,
                                 boolean cancelled, LocalDate firstDay, LocalDate lastDay, String place) {
        return new CalendarEntry(Kind.COURSE_SESSION, enrollmentId, courseId, title, status, null, false, cancelled,
                firstDay, lastDay, null, null, place);
    }

    static CalendarEntry event(long registrationId, long eventId, String title, EventKind kind, boolean attended,
                               boolean cancelled, Instant startsAt, Instant endsAt, String place) {
        return new CalendarEntry(Kind.EVENT, registrationId, eventId, title, null, kind, attended, cancelled,
                null, null, startsAt, endsAt, place);
    }

    public Kind getKind() {
        return kind;
    }

    public boolean isSession() {
        return kind == Kind.COURSE_SESSION;
    }

    /** A key stable for the same enrollment or registration, e.g. {@code enrollment-12}. */
    public String getKey() {
        return (isSession() ? "enrollment-" : "event-registration-") + sourceId;
    }

    /** The enrollment's or the registration's id. */
    public long getSourceId() {
        return sourceId;
    }

    /** The course's id (for a session) or the event's id: what the entry links to. */
    public long getTargetId() {
        return targetId;
    }

    public String getTitle() {
        return title;
    }

    /** For a session: the enrollment's status; null for an event. */
    public EnrollmentStatus getEnrollmentStatus() {
        return enrollmentStatus;
    }

    /** For an event: its kind; null for a session. */
    public EventKind getEventKind() {
        return eventKind;
    }

    public boolean isAttended() {
        return attended;
    }

    /** The session or the event itself was cancelled by its organisers. */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Not yet sure: waiting in the list or for the director's approval. */
    public boolean isTentative() {
        return enrollmentStatus == EnrollmentStatus.WAITLISTED || enrollmentStatus == EnrollmentStatus.PENDING_APPROVAL;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    /** The last day of a session, inclusive. */
    public LocalDate getLastDay() {
        return lastDay;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    /** Where the entry starts on a Moscow wall clock (a session at midnight of its first day). */
    public LocalDateTime getStart() {
        return isSession() ? firstDay.atStartOfDay() : LocalDateTime.ofInstant(startsAt, MOSCOW);
    }

    /** Where the entry ends on a Moscow wall clock, exclusive (a session at midnight after its last day). */
    public LocalDateTime getEnd() {
        return isSession() ? lastDay.plusDays(1).atStartOfDay() : LocalDateTime.ofInstant(endsAt, MOSCOW);
    }
}
