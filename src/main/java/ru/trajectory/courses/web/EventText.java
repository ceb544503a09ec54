package ru.trajectory.courses.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import ru.trajectory.courses.service.CalendarEntry;
import ru.trajectory.courses.service.EventView;

/**
 * Times of events and calendar entries as the portal shows them: Moscow time, Russian
 * notation, whatever the server's or the browser's zone.
 */
@Named
@ApplicationScoped
public class EventText {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    public String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        LocalDateTime t = LocalDateTime.ofInstant(at, MOSCOW);
        return DATE.format(t) + " " + TIME.format(t);
    }

    /** «12.03.2026, 10:00–12:00» within a day, else both ends in full. */
    public String period(Instant start, Instant end) {
        if (start == null) {
            return "";
        }
        LocalDateTime s = LocalDateTime.ofInstant(start, MOSCOW);
        if (end == null || !end.isAfter(start)) {
            return DATE.format(s) + ", " + TIME.format(s);
        }
        LocalDateTime e = LocalDateTime.ofInstant(end, MOSCOW);
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return DATE.format(s) + ", " + TIME.format(s) + "–" + TIME.format(e);
        }
        return dateTime(start) + " – " + dateTime(end);
    }

    /** When a calendar entry happens: days of a session, the span of an event. */
    public String when(CalendarEntry entry) {
        if (entry.isSession()) {
            return entry.getLastDay().equals(entry.getFirstDay()) ? DATE.format(entry.getFirstDay())
                    : DATE.format(entry.getFirstDay()) + " – " + DATE.format(entry.getLastDay());
        }
        return period(entry.getStartsAt(), entry.getEndsAt());
    }

    /** The machine-readable start for {@code <time datetime>}. */
    public String isoStart(CalendarEntry entry) {
        return entry.isSession() ? entry.getFirstDay().toString() : entry.getStartsAt().toString();
    }

    /** Seats still free, or null when the event has no limit. */
    public Long seatsLeft(EventView event) {
        return event.getCapacity() == null ? null : Math.max(0, event.getCapacity() - event.getRegistered());
    }

    /** Whether the place is a web address to link to (a webinar's room), rather than a street address. */
    public boolean isLink(String place) {
        if (place == null) {
            return false;
        }
        String p = place.strip().toLowerCase(Locale.ROOT);
        return (p.startsWith("https://") || p.startsWith("http://")) && !p.contains(" ");
    }
}
