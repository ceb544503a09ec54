package ru.trajectory.courses.service;

import java.io.Serializable;

/**
 * An event's page as the caller sees it: the event, its description, and what the caller
 * may do there (register, or run it: see registrations and mark attendance).
 */
public class EventDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final EventView event;
    private final String description;
    private final boolean registrationOpen;
    private final boolean registered;
    private final boolean managed;

    EventDetails(EventView event, String description, boolean registrationOpen, boolean registered, boolean managed) {
        this.event = event;
        this.description = description;
        this.registrationOpen = registrationOpen;
        this.registered = registered;
        this.managed = managed;
    }

    public EventView getEvent() {
        return event;
    }

    public String getDescription() {
        return description;
    }

    /** Open and not over yet; whether seats are left is the service's answer at registration. */
    public boolean isRegistrationOpen() {
        return registrationOpen;
    }

    /** The caller is registered for it. */
    public boolean isRegistered() {
        return registered;
    }

    /** The caller runs it: a methodologist of its region or an administrator. */
    public boolean isManaged() {
        return managed;
    }
}
