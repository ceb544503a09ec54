package ru.trajectory.platform.ical;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One VEVENT: either whole days (the last day given inclusive, as people say it; the writer
 * makes the exclusive DTEND of RFC 5545) or a span between two instants, written in UTC.
 */
public final class ICalendarEvent {

    /** The STATUS values a VEVENT may carry. */
    public enum Status {
        CONFIRMED,
        TENTATIVE,
        CANCELLED
    }

    private final String uid;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final Instant start;
    private final Instant end;
    private String summary;
    private String location;
    private String description;
    private String url;
    private Status status;

    private ICalendarEvent(String uid, LocalDate firstDay, LocalDate lastDay, Instant start, Instant end) {
        if (uid == null || uid.isBlank()) {
            throw new IllegalArgumentException("A VEVENT needs a UID");
        }
        this.uid = uid;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.start = start;
        this.end = end;
    }

    /** Whole days from {@code firstDay} to {@code lastDay}, both included. */
    public static ICalendarEvent allDay(String uid, LocalDate firstDay, LocalDate lastDay) {
        Objects.requireNonNull(firstDay);
        Objects.requireNonNull(lastDay);
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("The last day is before the first");
        }
        return new ICalendarEvent(uid, firstDay, lastDay, null, null);
    }

    /** From {@code start} to {@code end}; an end not after the start leaves DTEND out (a moment). */
    public static ICalendarEvent timed(String uid, Instant start, Instant end) {
        Objects.requireNonNull(start);
        return new ICalendarEvent(uid, null, null, start, end);
    }

    public ICalendarEvent summary(String text) {
        this.summary = text;
        return this;
    }

    public ICalendarEvent location(String text) {
        this.location = text;
        return this;
    }

    public ICalendarEvent description(String text) {
        this.description = text;
        return this;
    }

    public ICalendarEvent url(String address) {
        this.url = address;
        return this;
    }

    public ICalendarEvent status(Status value) {
        this.status = value;
        return this;
    }

    String uid() {
        return uid;
    }

    boolean isAllDay() {
        return firstDay != null;
    }

    LocalDate firstDay() {
        return firstDay;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    Instant start() {
        return start;
    }

    Instant end() {
        return end;
    }

    String summary() {
        return summary;
    }

    String location() {
        return location;
    }

    String description() {
        return description;
    }

    String url() {
        return url;
    }

    Status status() {
        return status;
    }
}
