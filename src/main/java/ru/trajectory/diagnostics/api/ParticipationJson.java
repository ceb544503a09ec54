package ru.trajectory.diagnostics.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.diagnostics.service.ParticipationRow;

/** One attempt of a staff member for their director: no score, level or answers by design. */
@JsonbPropertyOrder({"attemptId", "personId", "fullName", "position", "instrument", "version", "status",
        "startedAt", "finishedAt"})
public class ParticipationJson {

    public String attemptId;
    public String personId;
    public String fullName;
    public String position;
    public String instrument;
    public int version;
    public String status;
    public String startedAt;
    public String finishedAt;

    static ParticipationJson of(ParticipationRow r) {
        ParticipationJson json = new ParticipationJson();
        json.attemptId = Long.toString(r.getAttemptId());
        json.personId = Long.toString(r.getPersonId());
        json.fullName = r.getFullName();
        json.position = r.getPosition().name();
        json.instrument = r.getInstrument();
        json.version = r.getVersion();
        json.status = r.getStatus().name();
        json.startedAt = r.getStartedAt() == null ? null : r.getStartedAt().toString();
        json.finishedAt = r.getFinishedAt() == null ? null : r.getFinishedAt().toString();
        return json;
    }
}
