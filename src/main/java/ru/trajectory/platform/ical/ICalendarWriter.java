package ru.trajectory.platform.ical;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes a VCALENDAR of VEVENTs as RFC 5545 wants it: CRLF after every line, content lines
 * folded so that no physical line exceeds 75 octets of UTF-8 (a fold never splits a
 * character), and TEXT values escaped. Dates of whole-day events are floating DATE values;
 * times are UTC, so no VTIMEZONE is needed.
 */
public final class ICalendarWriter {

    static final String CRLF = "\r\n";
    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private ICalendarWriter() {
    }

    /**
     * The whole calendar. {@code stamp} becomes every event's DTSTAMP: with METHOD:PUBLISH it
     * is the moment this copy was made.
     */
    public static String write(String productId, String calendarName, Instant stamp, List<ICalendarEvent> events) {
        StringBuilder out = new StringBuilder(256 + events.size() * 320);
        line(out, "BEGIN", "VCALENDAR");
        line(out, "VERSION", "2.0");
        line(out, "PRODID", escapeText(productId));
        line(out, "CALSCALE", "GREGORIAN");
        line(out, "METHOD", "PUBLISH");
        if (calendarName != null && !calendarName.isBlank()) {
            line(out, "X-WR-CALNAME", escapeText(calendarName));
        }
        String dtstamp = UTC.format(stamp);
        for (ICalendarEvent e : events) {
            line(out, "BEGIN", "VEVENT");
            line(out, "UID", escapeText(e.uid()));
            line(out, "DTSTAMP", dtstamp);
            if (e.isAllDay()) {
                line(out, "DTSTART;VALUE=DATE", DATE.format(e.firstDay()));
                // DTEND of a DATE event is the day after the last one (exclusive).
                line(out, "DTEND;VALUE=DATE", DATE.format(e.lastDay().plusDays(1)));
            } else {
                line(out, "DTSTART", UTC.format(e.start()));
                if (e.end() != null && e.end().isAfter(e.start())) {
                    line(out, "DTEND", UTC.format(e.end()));
                }
            }
            optional(out, "SUMMARY", e.summary());
            optional(out, "LOCATION", e.location());
            optional(out, "DESCRIPTION", e.description());
            if (e.url() != null && !e.url().isBlank()) {
                // URL is of type URI, not TEXT: no escaping, but nothing that would break the line.
                line(out, "URL", withoutControls(e.url()));
            }
            if (e.status() != null) {
                line(out, "STATUS", e.status().name());
            }
            line(out, "END", "VEVENT");
        }
        line(out, "END", "VCALENDAR");
        return out.toString();
    }

    private static void optional(StringBuilder out, String name, String text) {
        if (text != null && !text.isBlank()) {
            line(out, name, escapeText(text));
        }
    }

    private static void line(StringBuilder out, String name, String value) {
        out.append(fold(name + ":" + value)).append(CRLF);
    }

    /**
     * A TEXT value escaped: backslash, semicolon and comma get a backslash, any line break
     * becomes {@code \n}; other control characters (not allowed in TEXT) and lone surrogates
     * are dropped or replaced, so the output is always valid UTF-8.
     */
    static String escapeText(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '\\' -> b.append("\\\\");
                case ';' -> b.append("\\;");
                case ',' -> b.append("\\,");
                case '\r' -> {
                    b.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> b.append("\\n");
                case '\t' -> b.append(ch);
                default -> {
                    if (Character.isHighSurrogate(ch) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1))) {
                        b.append(ch).append(text.charAt(++i));
                    } else if (Character.isSurrogate(ch)) {
                        b.append('\uFFFD');
                    } else if (ch >= 0x20 && ch != 0x7F) {
                        b.append(ch);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * Folds a content line: after at most 75 octets a CRLF and one space, the space counting
     * towards the next line's 75. Breaks fall between code points, never inside one.
     */
    static String fold(String line) {
        StringBuilder b = new StringBuilder(line.length() + 16);
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int size = utf8Length(cp);
            if (octets + size > MAX_OCTETS) {
                b.append(CRLF).append(' ');
                octets = 1;
            }
            b.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static int utf8Length(int cp) {
        if (cp < 0x80) {
            return 1;
        }
        if (cp < 0x800) {
            return 2;
        }
        return cp < 0x10000 ? 3 : 4;
    }

    private static String withoutControls(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(cp -> cp >= 0x20 && cp != 0x7F && (cp < 0xD800 || cp > 0xDFFF))
                .forEach(b::appendCodePoint);
        return b.toString();
    }
}
