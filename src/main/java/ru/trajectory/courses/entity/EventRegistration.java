package ru.trajectory.courses.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A person registered for an event, and whether they attended. */
@Entity
@Table(name = "event_registration")
@NamedQuery(name = EventRegistration.OF_EVENT, query = "SELECT r FROM EventRegistration r WHERE r.event.id = :eventId "
        + "ORDER BY r.registeredAt")
public class EventRegistration {

    public static final String OF_EVENT = "EventRegistration.ofEvent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id", nullable = false)
    private LearningEvent event;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(nullable = false)
    private boolean attended;

    @Column(name = "marked_at")
    private Instant markedAt;

    protected EventRegistration() {
    }

    public EventRegistration(LearningEvent event, long personId, Instant now) {
        this.event = event;
        this.personId = personId;
        this.registeredAt = now;
    }

    /** Marks attendance; true when it was not marked before (so the attendance event fires once). */
    public boolean markAttended(Instant now) {
        if (attended) {
            return false;
        }
        attended = true;
        markedAt = now;
        return true;
    }

    public Long getId() {
        return id;
    }

    public LearningEvent getEvent() {
        return event;
    }

    public Long getPersonId() {
        return personId;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isAttended() {
        return attended;
    }
}
