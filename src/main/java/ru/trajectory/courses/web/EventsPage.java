package ru.trajectory.courses.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.web.CompetencyOptions;
import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.entity.EventKind;
import ru.trajectory.courses.service.EventView;
import ru.trajectory.courses.service.LearningEvents;
import ru.trajectory.diagnostics.service.CompetencyNames;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * «Семинары и вебинары»: upcoming events of the caller's region with registration, and for
 * methodologists the form for a new event. The form's values live in this view-scoped bean,
 * so a refused submit shows them again next to the Russian messages.
 */
@Named
@ViewScoped
public class EventsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE = 50;

    /** Service field → the input that holds it, so each refusal appears at its field. */
    private static final Map<String, String> FIELDS = Map.of(
            "title", "event-form:title",
            "kind", "event-form:kind",
            "startsAt", "event-form:startsAt",
            "endsAt", "event-form:endsAt",
            "place", "event-form:place",
            "capacity", "event-form:capacity",
            "description", "event-form:description",
            "competencyCodes", "event-form:competencies");

    @Inject
    LearningEvents events;

    @Inject
    CompetencyNames competencyNames;

    @Inject
    Clock clock;

    private List<EventView> upcoming = List.of();
    private boolean more;
    private int limit = PAGE;
    private Set<Long> mine = Set.of();
    private boolean mayCreate;
    private boolean mayRegister;
    private List<SelectItem> competencyOptions = List.of();

    private String title;
    private EventKind kind;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private Integer capacity;
    private String description;
    private List<String> competencies = new ArrayList<>();

    public void load() {
        mayCreate = events.mayCreate();
        mayRegister = events.mayRegister();
        if (mayCreate) {
            competencyOptions = CompetencyOptions.grouped(competencyNames);
        }
        refresh();
    }

    private void refresh() {
        List<EventView> found = events.upcoming(clock.instant(), 0, limit + 1);
        more = found.size() > limit;
        upcoming = more ? List.copyOf(found.subList(0, limit)) : found;
        mine = events.myUpcomingRegistrations();
    }

    public void showMore() {
        limit += PAGE;
        refresh();
    }

    public void register(long eventId) {
        try {
            EventView e = events.register(eventId);
            PageMessages.info(PageMessages.text("events.registered") + " «" + e.getTitle() + "»");
        } catch (ValidationFailure | ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        refresh();
    }

    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            EventView created = events.create(title, kind == null ? null : kind.name(), moscow(startsAt), moscow(endsAt),
                    place, description, capacity, new LinkedHashSet<>(competencies));
            PageMessages.info(PageMessages.text("events.created") + " «" + created.getTitle() + "»");
            clearForm();
            refresh();
        } catch (ValidationFailure failure) {
            for (FieldError error : failure.getErrors()) {
                context.addMessage(FIELDS.get(error.field()),
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, error.message(), null));
            }
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    PageMessages.text("events.form.fix"), null));
            context.validationFailed();
        } catch (AccessDeniedException e) {
            PageMessages.error(e);
            context.validationFailed();
        }
    }

    private void clearForm() {
        title = null;
        kind = null;
        startsAt = null;
        endsAt = null;
        place = null;
        capacity = null;
        description = null;
        competencies = new ArrayList<>();
    }

    private static Instant moscow(LocalDateTime local) {
        return local == null ? null : local.atZone(EventText.MOSCOW).toInstant();
    }

    public boolean isRegistered(long eventId) {
        return mine.contains(eventId);
    }

    public EventKind[] getKinds() {
        return EventKind.values();
    }

    public List<EventView> getUpcoming() {
        return upcoming;
    }

    public boolean isMore() {
        return more;
    }

    public boolean isMayCreate() {
        return mayCreate;
    }

    public boolean isMayRegister() {
        return mayRegister;
    }

    public List<SelectItem> getCompetencyOptions() {
        return competencyOptions;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies == null ? new ArrayList<>() : competencies;
    }
}
