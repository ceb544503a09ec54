package ru.trajectory.courses.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.service.CalendarEntry;
import ru.trajectory.courses.service.LearningCalendar;

/**
 * «Мой календарь»: the schedule widget loads the shown month's entries by ajax (hence view
 * scope), and the plain list of upcoming entries below it is rendered with the page, for
 * screen readers and anyone without the widget.
 */
@Named
@ViewScoped
public class MyCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The list shows at most this many upcoming entries; the schedule and the .ics have all. */
    static final int LIST_LIMIT = 100;

    @Inject
    LearningCalendar calendar;

    private String date;
    private LocalDate initialDate;
    private List<CalendarEntry> upcoming = List.of();
    private String contextPath = "";
    private final Schedule schedule = new Schedule();

    public void load() {
        upcoming = calendar.upcoming(LIST_LIMIT);
        contextPath = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        initialDate = parse(date);
    }

    /** {@code ?date=2026-03-01} opens the schedule on that month; anything unreadable opens today's. */
    private static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Where an entry leads: its course page or its event page. */
    public String link(CalendarEntry entry) {
        return contextPath + (entry.isSession() ? "/courses/course.xhtml?id=" : "/courses/event.xhtml?id=")
                + entry.getTargetId();
    }

    /** CSS classes of an entry in the widget and the list: its kind, and tentative or cancelled. */
    public String styleClass(CalendarEntry entry) {
        StringBuilder b = new StringBuilder(entry.isSession() ? "cal-session" : "cal-event");
        if (entry.isTentative()) {
            b.append(" cal-tentative");
        }
        if (entry.isCancelled()) {
            b.append(" cal-cancelled");
        }
        return b.toString();
    }

    /** The status in words: the enrollment's for a session, registered or attended for an event. */
    public String status(CalendarEntry entry) {
        String text = entry.isSession() ? PageMessages.text("courses.status." + entry.getEnrollmentStatus())
                : PageMessages.text(entry.isAttended() ? "calendar.ics.attended" : "calendar.ics.registered");
        return entry.isCancelled() ? PageMessages.text("calendar.cancelled") + " · " + text : text;
    }

    /** What the entry is: «Курс» or the event's kind. */
    public String kind(CalendarEntry entry) {
        return entry.isSession() ? PageMessages.text("calendar.kind.COURSE_SESSION")
                : PageMessages.text("events.kind." + entry.getEventKind());
    }

    public ScheduleModel getSchedule() {
        return schedule;
    }

    public List<CalendarEntry> getUpcoming() {
        return upcoming;
    }

    public LocalDate getInitialDate() {
        return initialDate;
    }

    public String getDate() {
        return date;
    }

    public void setDate(String date) {
        this.date = date;
    }

    /**
     * The widget's model. The widget runs in UTC on both ends while the times given to it are
     * Moscow wall-clock times, so it shows Moscow time in any browser, as the rest of the portal does.
     */
    private final class Schedule extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            // The widget asks for [start, end): the last day asked for is the one before end.
            LocalDate last = end.toLocalDate().minusDays(end.toLocalTime().equals(LocalTime.MIDNIGHT) ? 1 : 0);
            LocalDate first = start.toLocalDate();
            if (last.isBefore(first)) {
                last = first;
            }
            for (CalendarEntry entry : calendar.entries(first, last)) {
                String suffix = entry.isTentative() || entry.isCancelled() ? " (" + status(entry) + ")" : "";
                addEvent(DefaultScheduleEvent.builder()
                        .id(entry.getKey())
                        .title(entry.getTitle() + suffix)
                        .startDate(entry.getStart())
                        .endDate(entry.getEnd())
                        .allDay(entry.isSession())
                        .url(link(entry))
                        .styleClass(styleClass(entry))
                        .description(kind(entry) + " · " + status(entry)
                                + (entry.getPlace() == null ? "" : " · " + entry.getPlace()))
                        .editable(false)
                        .build());
            }
        }
    }
}
