package ru.trajectory.practices.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Moments of the review workflow as Russian readers write them, in Moscow time like the rest of the portal. */
final class PracticeDates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private PracticeDates() {
    }

    static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }
}
