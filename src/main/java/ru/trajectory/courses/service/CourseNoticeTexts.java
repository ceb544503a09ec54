package ru.trajectory.courses.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import ru.trajectory.courses.entity.EventKind;

/**
 * The Russian wording of what courses tell people. Pure functions of the facts, so the texts
 * are unit-tested and the observers only gather the facts.
 */
public final class CourseNoticeTexts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy 'в' HH:mm");
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private CourseNoticeTexts() {
    }

    /** A notification's title and body. */
    public record Text(String title, String body) {
    }

    /** What a notice is about: the course and the session's dates and place. */
    public record SessionFacts(String course, LocalDate start, LocalDate end, String place) {

        String describe() {
            return "«" + course + "», поток " + period(start, end);
        }

        String placeSentence() {
            return place == null || place.isBlank() ? "" : " Место проведения: " + place.strip() + ".";
        }
    }

    public static Text placeConfirmed(SessionFacts s, boolean afterApproval) {
        if (afterApproval) {
            return new Text("Заявка согласована: место на курсе подтверждено",
                    "Руководитель согласовал вашу заявку на курс " + s.describe() + ". Место за вами подтверждено."
                            + s.placeSentence());
        }
        return new Text("Место на курсе подтверждено",
                "Вы записаны на курс " + s.describe() + ". Место за вами подтверждено." + s.placeSentence());
    }

    public static Text waitlisted(SessionFacts s, int position, boolean afterApproval) {
        String line = "Вы в листе ожидания под номером " + position + ". Когда место освободится, оно перейдёт "
                + "к вам автоматически, и мы сообщим об этом.";
        if (afterApproval) {
            return new Text("Заявка согласована: вы в листе ожидания",
                    "Руководитель согласовал вашу заявку на курс " + s.describe() + ", но свободных мест пока нет. " + line);
        }
        return new Text("Вы в листе ожидания на курс",
                "Свободных мест на курсе " + s.describe() + ", сейчас нет. " + line);
    }

    public static Text promoted(SessionFacts s) {
        return new Text("Освободилось место: вы записаны на курс",
                "На курсе " + s.describe() + ", освободилось место, и оно перешло к вам из листа ожидания. "
                        + "Место за вами подтверждено." + s.placeSentence());
    }

    public static Text rejected(SessionFacts s) {
        return new Text("Заявка на курс отклонена",
                "Руководитель отклонил вашу заявку на курс " + s.describe() + ". Уточните причину у руководителя "
                        + "или выберите другой поток.");
    }

    /** To a director: {@code who} asks to be enrolled and waits for the decision. */
    public static Text approvalRequested(SessionFacts s, String who) {
        return new Text("Новая заявка на курс ждёт согласования",
                who + " просит записать на курс " + s.describe() + ". Согласуйте или отклоните заявку в разделе "
                        + "«Обучение сотрудников».");
    }

    public static Text completed(String course, int hours, LocalDate on, String certificateNumber) {
        return new Text("Курс завершён, удостоверение № " + certificateNumber,
                "Вы завершили курс «" + course + "» (" + hours + " ч) " + DATE.format(on) + ". Удостоверение о "
                        + "повышении квалификации № " + certificateNumber + ". Часы учтены в разделе «Мои курсы».");
    }

    public static Text sessionMoved(SessionFacts s) {
        return new Text("Поток курса «" + s.course() + "» перенесён",
                "Методист изменил поток курса: теперь это " + s.describe() + "." + s.placeSentence()
                        + " Ваша заявка или место сохраняются.");
    }

    public static Text sessionCancelled(SessionFacts s) {
        return new Text("Поток курса «" + s.course() + "» отменён",
                "Поток курса " + s.describe() + " отменён организатором, ваша заявка на него закрыта. "
                        + "Выберите другой поток в каталоге курсов.");
    }

    public static Text sessionTomorrow(SessionFacts s) {
        return new Text("Завтра начинается курс «" + s.course() + "»",
                "Напоминаем: завтра, " + DATE.format(s.start()) + ", начинается обучение на курсе " + s.describe()
                        + "." + s.placeSentence());
    }

    /** An event starting within a day. */
    public static Text eventSoon(EventKind kind, String title, Instant startsAt, String place) {
        String when = DATE_TIME.format(startsAt.atZone(MOSCOW));
        return new Text(kindName(kind) + " «" + title + "» — " + when,
                "Напоминаем: " + kindName(kind).toLowerCase(Locale.forLanguageTag("ru")) + " «" + title + "» начнётся "
                        + when + " (время московское). Вы зарегистрированы на это мероприятие."
                        + (place == null || place.isBlank() ? "" : " Место проведения: " + place.strip() + "."));
    }

    static String kindName(EventKind kind) {
        return switch (kind) {
            case SEMINAR -> "Семинар";
            case WEBINAR -> "Вебинар";
            case MASTER_CLASS -> "Мастер-класс";
            case CONFERENCE -> "Конференция";
        };
    }

    static String period(LocalDate start, LocalDate end) {
        return end == null || end.equals(start) ? DATE.format(start) : DATE.format(start) + " – " + DATE.format(end);
    }
}
