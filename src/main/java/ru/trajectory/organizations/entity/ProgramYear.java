package ru.trajectory.organizations.entity;

import java.time.LocalDate;
import java.time.Month;

/**
 * A program year is named by the calendar year in which its school year starts:
 * 2026 is the school year 2026/27, from 1 September 2026 to 31 August 2027.
 */
public final class ProgramYear {

    public static final int MIN = 2000;
    public static final int MAX = 2100;

    private ProgramYear() {
    }

    public static int of(LocalDate day) {
        return day.getMonth().compareTo(Month.SEPTEMBER) >= 0 ? day.getYear() : day.getYear() - 1;
    }

    public static LocalDate start(int year) {
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    public static LocalDate end(int year) {
        return LocalDate.of(year + 1, Month.AUGUST, 31);
    }

    /** «2026/27», as schools write it. */
    public static String label(int year) {
        return year + "/" + String.format("%02d", (year + 1) % 100);
    }
}
