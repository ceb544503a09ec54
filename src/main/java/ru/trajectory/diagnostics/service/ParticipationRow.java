package ru.trajectory.diagnostics.service;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import ru.trajectory.diagnostics.entity.AttemptStatus;
import ru.trajectory.organizations.entity.Position;

/**
 * One attempt of a staff member as their director sees it: who, which instrument version,
 * how far it got and when. Deliberately without score, level or answers.
 */
public class ParticipationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Pages show Moscow time, as the rest of the portal does. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private final long attemptId;
    private final long personId;
    private final String fullName;
    private final Position position;
    private final String instrument;
    private final int version;
    private final AttemptStatus status;
    private final Instant startedAt;
    private final Instant finishedAt;

    ParticipationRow(long attemptId, long personId, String fullName, Position position, String instrument, int version,
                     AttemptStatus status, Instant startedAt, Instant finishedAt) {
        this.attemptId = attemptId;
        this.personId = personId;
        this.fullName = fullName;
        this.position = position;
        this.instrument = instrument;
        this.version = version;
        this.status = status;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getFullName() {
        return fullName;
    }

    public Position getPosition() {
        return position;
    }

    public String getInstrument() {
        return instrument;
    }

    public int getVersion() {
        return version;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getStartedText() {
        return startedAt == null ? "" : SHOWN.format(startedAt);
    }

    public String getFinishedText() {
        return finishedAt == null ? "" : SHOWN.format(finishedAt);
    }
}
