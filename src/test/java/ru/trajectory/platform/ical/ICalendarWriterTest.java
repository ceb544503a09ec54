package ru.trajectory.platform.ical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final Instant STAMP = Instant.parse("2026-01-10T09:05:03Z");

    private static String write(ICalendarEvent... events) {
        return ICalendarWriter.write("-//Test//Test//RU", "Мой календарь", STAMP, List.of(events));
    }

    /** The content lines with folds undone, as a reader of the format sees them. */
    private static List<String> unfolded(String ics) {
        return Arrays.asList(ics.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void escapesBackslashCommaSemicolonAndLineBreaks() {
        assertEquals("a\\\\b\\,c\\;d\\ne\\nf\\ng", ICalendarWriter.escapeText("a\\b,c;d\ne\r\nf\rg"));
        assertEquals("Семинар: «ФГ»", ICalendarWriter.escapeText("Семинар: «ФГ»"), "a colon needs no escape in TEXT");
        assertEquals("ab\tc", ICalendarWriter.escapeText("a\u0000b\u0007\tc"), "controls other than tab are dropped");
        assertEquals("x\uFFFDy", ICalendarWriter.escapeText("x\uD800y"), "a lone surrogate cannot be written as UTF-8");
        assertEquals("😀", ICalendarWriter.escapeText("😀"), "a surrogate pair stays");
    }

    @Test
    void foldsCyrillicByOctetsWithoutSplittingACharacter() {
        String summary = "Формирующее оценивание на уроках русского языка и литературы в основной школе";
        String ics = write(ICalendarEvent.timed("e-1@test", STAMP, STAMP.plusSeconds(3600)).summary(summary));
        for (String physical : ics.split("\r\n")) {
            byte[] bytes = physical.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, "over 75 octets: " + physical + " (" + bytes.length + ")");
            // Decoding each physical line on its own gives the same text back: no character was cut.
            assertEquals(physical, new String(bytes, StandardCharsets.UTF_8));
            assertFalse(physical.contains("\uFFFD"), physical);
        }
        assertTrue(unfolded(ics).contains("SUMMARY:" + summary), ics);
        String folded = ICalendarWriter.fold("SUMMARY:" + summary);
        assertTrue(folded.contains("\r\n "), "a line this long is folded");
        String first = folded.substring(0, folded.indexOf("\r\n"));
        // "SUMMARY:" is 8 octets, each Cyrillic letter 2: the first line stops at 74, since one more would be 76.
        assertEquals(74, first.getBytes(StandardCharsets.UTF_8).length);
    }

    @Test
    void foldsAsciiAtExactly75OctetsAndCountsTheLeadingSpace() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String[] parts = ICalendarWriter.fold(line).split("\r\n", -1);
        assertEquals(75, parts[0].length());
        assertEquals(75, parts[1].length());
        assertTrue(parts[1].startsWith(" x"));
        assertEquals(3, parts.length, "212 octets: 75 + 1+74 + 1+63");
        assertEquals(line, parts[0] + parts[1].substring(1) + parts[2].substring(1));
        assertEquals("SHORT:ok", ICalendarWriter.fold("SHORT:ok"));
    }

    @Test
    void foldNeverSplitsAFourOctetCharacter() {
        String line = "SUMMARY:" + "😀".repeat(40);
        for (String physical : ICalendarWriter.fold(line).split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75);
            assertFalse(physical.codePoints().anyMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF), "a cut pair: " + physical);
        }
    }

    @Test
    void everyLineEndsWithCrlfAndNothingElseBreaksLines() {
        String ics = write(ICalendarEvent.allDay("s-1@test", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13))
                .summary("Курс\nс переносом").location("ЦНППМ, ауд. 7; 2 этаж").url("https://portal.example/c?id=1"));
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare CR");
        List<String> lines = unfolded(ics);
        assertEquals("BEGIN:VCALENDAR", lines.get(0));
        assertTrue(lines.contains("VERSION:2.0"));
        assertTrue(lines.contains("SUMMARY:Курс\\nс переносом"), lines.toString());
        assertTrue(lines.contains("LOCATION:ЦНППМ\\, ауд. 7\\; 2 этаж"), lines.toString());
        assertTrue(lines.contains("URL:https://portal.example/c?id=1"), lines.toString());
    }

    @Test
    void allDayEventsHaveDateValuesAndAnExclusiveEnd() {
        List<String> lines = unfolded(write(
                ICalendarEvent.allDay("s-2@test", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13)),
                ICalendarEvent.allDay("s-3@test", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31))));
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20260310"), lines.toString());
        assertTrue(lines.contains("DTEND;VALUE=DATE:20260314"), "the day after the last day: " + lines);
        assertTrue(lines.contains("DTSTART;VALUE=DATE:20261231"));
        assertTrue(lines.contains("DTEND;VALUE=DATE:20270101"), "a one-day event ends the next day, across a year");
        assertThrows(IllegalArgumentException.class,
                () -> ICalendarEvent.allDay("bad@test", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9)));
    }

    @Test
    void timedEventsAreInUtcWithStampUidAndStatus() {
        List<String> lines = unfolded(write(ICalendarEvent.timed("event-registration-7@test",
                        Instant.parse("2026-03-10T07:00:00Z"), Instant.parse("2026-03-10T08:30:00Z"))
                .status(ICalendarEvent.Status.TENTATIVE)));
        assertTrue(lines.contains("UID:event-registration-7@test"));
        assertTrue(lines.contains("DTSTAMP:20260110T090503Z"));
        assertTrue(lines.contains("DTSTART:20260310T070000Z"));
        assertTrue(lines.contains("DTEND:20260310T083000Z"));
        assertTrue(lines.contains("STATUS:TENTATIVE"));
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals(1, lines.stream().filter("END:VEVENT"::equals).count());
        List<String> moment = unfolded(write(ICalendarEvent.timed("m@test", STAMP, STAMP)));
        assertFalse(moment.stream().anyMatch(l -> l.startsWith("DTEND")), "no DTEND that is not after DTSTART");
    }
}
