package ru.trajectory.courses.service;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.trajectory.courses.entity.EventKind;
import ru.trajectory.courses.service.CourseNoticeTexts.SessionFacts;
import ru.trajectory.courses.service.CourseNoticeTexts.Text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CourseNoticeTextsTest {

    private static final SessionFacts SESSION = new SessionFacts("Функциональная грамотность",
            LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 9), "ЦНППМ, ауд. 12");

    @Test
    void aConfirmedPlaceNamesTheCourseDatesAndPlace() {
        Text t = CourseNoticeTexts.placeConfirmed(SESSION, false);
        assertEquals("Место на курсе подтверждено", t.title());
        assertEquals("Вы записаны на курс «Функциональная грамотность», поток 05.10.2026 – 09.10.2026. "
                + "Место за вами подтверждено. Место проведения: ЦНППМ, ауд. 12.", t.body());
        assertTrue(CourseNoticeTexts.placeConfirmed(SESSION, true).title().startsWith("Заявка согласована"));
    }

    @Test
    void theWaitlistTellsThePosition() {
        Text t = CourseNoticeTexts.waitlisted(SESSION, 3, false);
        assertTrue(t.body().contains("под номером 3"), t.body());
        assertTrue(CourseNoticeTexts.waitlisted(SESSION, 1, true).body().startsWith("Руководитель согласовал"));
    }

    @Test
    void aOneDaySessionWithoutPlaceShowsOneDate() {
        Text t = CourseNoticeTexts.promoted(new SessionFacts("Курс", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2), " "));
        assertTrue(t.body().contains("поток 02.01.2026, освободилось"), t.body());
        assertFalse(t.body().contains("Место проведения"), t.body());
    }

    @Test
    void directorsAreAskedToDecide() {
        Text t = CourseNoticeTexts.approvalRequested(SESSION, "Тестова Анна Игоревна");
        assertTrue(t.title().contains("заявка"), t.title());
        assertTrue(t.body().startsWith("Тестова Анна Игоревна просит записать на курс «Функциональная грамотность»"));
    }

    @Test
    void completionQuotesTheCertificate() {
        Text t = CourseNoticeTexts.completed("Курс", 36, LocalDate.of(2026, 11, 1), "772400012345");
        assertEquals("Курс завершён, удостоверение № 772400012345", t.title());
        assertTrue(t.body().contains("(36 ч) 01.11.2026"), t.body());
    }

    @Test
    void remindersGiveMoscowTime() {
        Text t = CourseNoticeTexts.eventSoon(EventKind.MASTER_CLASS, "Проектная задача",
                Instant.parse("2026-10-05T07:30:00Z"), null);
        assertEquals("Мастер-класс «Проектная задача» — 05.10.2026 в 10:30", t.title());
        assertTrue(t.body().startsWith("Напоминаем: мастер-класс «Проектная задача» начнётся 05.10.2026 в 10:30 "
                + "(время московское)."), t.body());
        assertTrue(CourseNoticeTexts.sessionTomorrow(SESSION).body().startsWith("Напоминаем: завтра, 05.10.2026,"));
    }
}
