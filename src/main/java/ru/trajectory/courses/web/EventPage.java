package ru.trajectory.courses.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.service.EventDetails;
import ru.trajectory.courses.service.EventRegistrationView;
import ru.trajectory.courses.service.LearningEvents;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * One event: its card and registration for staff of the region; for its methodologist also
 * the registrations with «Отметить присутствие». What the page shows is a convenience: the
 * service checks role and region again on every call.
 */
@Named
@ViewScoped
public class EventPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    LearningEvents events;

    private String id;
    private long eventId;
    private EventDetails details;
    private List<EventRegistrationView> registrations = List.of();
    private boolean mayRegister;
    /** Ticks of the attendance checkboxes, by person id. */
    private Map<Long, Boolean> selected = new HashMap<>();

    public void load() {
        Long parsed = Ids.parse(id);
        if (parsed == null) {
            throw new NotFoundException("Мероприятие не найдено");
        }
        eventId = parsed;
        refresh();
    }

    private void refresh() {
        details = events.event(eventId);
        mayRegister = events.mayRegister();
        registrations = details.isManaged() ? events.registrations(eventId) : List.of();
        selected = new HashMap<>();
    }

    public void register() {
        try {
            events.register(eventId);
            PageMessages.info(PageMessages.text("events.registered") + " «" + details.getEvent().getTitle() + "»");
        } catch (ValidationFailure | ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        refresh();
    }

    public void markAttendance() {
        List<Long> ticked = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        if (ticked.isEmpty()) {
            PageMessages.warn(PageMessages.text("events.attendance.none"));
            return;
        }
        try {
            int marked = events.markAttendance(eventId, ticked);
            PageMessages.info(PageMessages.text("events.attendance.marked") + " " + marked);
        } catch (ValidationFailure | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        refresh();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public EventDetails getDetails() {
        return details;
    }

    public List<EventRegistrationView> getRegistrations() {
        return registrations;
    }

    public boolean isMayRegister() {
        return mayRegister;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public long getAttendedCount() {
        return registrations.stream().filter(EventRegistrationView::isAttended).count();
    }
}
