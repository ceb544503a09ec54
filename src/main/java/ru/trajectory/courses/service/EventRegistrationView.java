package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.Instant;

/** A person registered for an event, as the event's methodologist sees the list. */
public class EventRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long personId;
    private final String fullName;
    private final String school;
    private final Instant registeredAt;
    private final boolean attended;

    EventRegistrationView(long personId, String fullName, String school, Instant registeredAt, boolean attended) {
        this.personId = personId;
        this.fullName = fullName;
        this.school = school;
        this.registeredAt = registeredAt;
        this.attended = attended;
    }

    public long getPersonId() {
        return personId;
    }

    public String getFullName() {
        return fullName;
    }

    /** The school's short name, or empty for people outside schools. */
    public String getSchool() {
        return school;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public boolean isAttended() {
        return attended;
    }
}
