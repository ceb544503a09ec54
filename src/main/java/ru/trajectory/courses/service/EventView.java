package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

import ru.trajectory.courses.entity.EventKind;
import ru.trajectory.courses.entity.LearningEvent;
import ru.trajectory.courses.entity.SessionStatus;

/** An event as lists show it, with how many registered and attended. */
public class EventView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final EventKind kind;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String place;
    private final Integer capacity;
    private final SessionStatus status;
    private final Set<String> competencyCodes;
    private final long registered;
    private final long attended;

    EventView(LearningEvent e, long registered, long attended) {
        this.id = e.getId();
        this.title = e.getTitle();
        this.kind = e.getKind();
        this.startsAt = e.getStartsAt();
        this.endsAt = e.getEndsAt();
        this.place = e.getPlace();
        this.capacity = e.getCapacity();
        this.status = e.getStatus();
        this.competencyCodes = e.getCompetencyCodes();
        this.registered = registered;
        this.attended = attended;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Set<String> getCompetencyCodes() {
        return competencyCodes;
    }

    public long getRegistered() {
        return registered;
    }

    public long getAttended() {
        return attended;
    }
}
