package ru.trajectory.courses.api;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.trajectory.courses.service.CalendarEntry;
import ru.trajectory.courses.service.LearningCalendar;
import ru.trajectory.platform.ical.ICalendarEvent;
import ru.trajectory.platform.ical.ICalendarWriter;

/**
 * {@code GET /me/calendar.ics}: the caller's learning calendar as iCalendar, for Outlook,
 * Google or phone calendars. Course sessions are whole days, events are times in UTC; an
 * entry's UID is stable per enrollment or registration, so a re-import updates rather than
 * duplicates. The pages link here too: a signed-in browser session is accepted like a token.
 */
@Path("me/calendar.ics")
@RequestScoped
public class MyCalendarResource {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final String FILE_NAME = "trajectory-calendar.ics";

    @Inject
    LearningCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trajectory.calendar.uid-domain", defaultValue = "trajectory.local")
    String uidDomain;

    @Context
    UriInfo uri;

    @Context
    HttpServletRequest request;

    /** No {@code @Produces}: calendar clients send all sorts of Accept headers, and the answer has one type anyway. */
    @GET
    public Response export() {
        List<CalendarEntry> entries = calendar.forExport();
        ResourceBundle text = ResourceBundle.getBundle("ru.trajectory.platform.web.messages", Locale.forLanguageTag("ru"));
        URI root = uri.getBaseUriBuilder().replacePath(request.getContextPath()).path("/").build();
        List<ICalendarEvent> events = entries.stream().map(e -> event(e, text, root)).toList();
        String body = ICalendarWriter.write("-//Trajectory//Learning calendar//RU", text.getString("calendar.ics.name"),
                clock.instant(), events);
        return Response.ok(body)
                .type(MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + FILE_NAME + "\"")
                .build();
    }

    private ICalendarEvent event(CalendarEntry e, ResourceBundle text, URI root) {
        String uid = e.getKey() + "@" + uidDomain;
        ICalendarEvent event;
        String description;
        if (e.isSession()) {
            event = ICalendarEvent.allDay(uid, e.getFirstDay(), e.getLastDay())
                    .summary(e.getTitle())
                    .url(root.resolve("courses/course.xhtml?id=" + e.getTargetId()).toString());
            description = text.getString("calendar.kind.COURSE_SESSION") + ". "
                    + text.getString("calendar.ics.status") + " " + text.getString("courses.status." + e.getEnrollmentStatus());
        } else {
            String kind = text.getString("events.kind." + e.getEventKind());
            event = ICalendarEvent.timed(uid, e.getStartsAt(), e.getEndsAt())
                    .summary(kind + ": " + e.getTitle())
                    .url(root.resolve("courses/event.xhtml?id=" + e.getTargetId()).toString());
            description = kind + ". " + text.getString(e.isAttended() ? "calendar.ics.attended" : "calendar.ics.registered");
        }
        if (e.isCancelled()) {
            description = text.getString("calendar.cancelled") + ". " + description;
        }
        return event.location(e.getPlace()).description(description).status(status(e));
    }

    private static ICalendarEvent.Status status(CalendarEntry e) {
        if (e.isCancelled()) {
            return ICalendarEvent.Status.CANCELLED;
        }
        return e.isTentative() ? ICalendarEvent.Status.TENTATIVE : ICalendarEvent.Status.CONFIRMED;
    }
}
