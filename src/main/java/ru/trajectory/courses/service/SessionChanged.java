package ru.trajectory.courses.service;

import java.util.List;

/**
 * Fired when a methodologist moves a session (dates, format, place) or cancels it: the people
 * who hold or await a place in it learn of it from the portal, not at a locked door.
 */
public record SessionChanged(long sessionId, List<Long> personIds, boolean cancelled) {

    public SessionChanged {
        personIds = List.copyOf(personIds);
    }
}
