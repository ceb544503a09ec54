package ru.trajectory.diagnostics.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.diagnostics.service.DeficitProfiles;
import ru.trajectory.diagnostics.service.ProfileView;
import ru.trajectory.platform.api.Ids;

/** {@code GET /people/{id}/deficits}: current levels and deficits with their history. */
@Path("people/{id}/deficits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeficitResource {

    @Inject
    DeficitProfiles profiles;

    @GET
    public JsonObject get(@PathParam("id") String id) {
        ProfileView p = profiles.profile(Ids.path(id, "Человек не найден"));
        JsonArrayBuilder levels = Json.createArrayBuilder();
        for (ProfileView.LevelLine l : p.getLevels()) {
            levels.add(Json.createObjectBuilder()
                    .add("code", l.getCode()).add("name", l.getName()).add("area", l.getArea())
                    .add("level", l.getLevel().name()).add("scorePercent", l.getScorePercent())
                    .add("source", l.getSource().name()).add("measuredAt", l.getMeasuredAt().toString()));
        }
        JsonArrayBuilder deficits = Json.createArrayBuilder();
        p.getDeficits().forEach(l -> deficits.add(Json.createObjectBuilder()
                .add("code", l.getCode()).add("name", l.getName()).add("scorePercent", l.getScorePercent())));
        JsonArrayBuilder history = Json.createArrayBuilder();
        for (ProfileView.HistoryLine h : p.getHistory()) {
            JsonObjectBuilder b = Json.createObjectBuilder().add("code", h.getCode()).add("name", h.getName())
                    .add("openedAt", h.getOpenedAt().toString());
            if (h.getOpenedByAttemptId() != null) {
                b.add("openedByAttemptId", String.valueOf(h.getOpenedByAttemptId()));
            }
            if (h.getClosedAt() != null) {
                b.add("closedAt", h.getClosedAt().toString()).add("closedLevel", h.getClosedLevel().name());
            }
            if (h.getClosedByAttemptId() != null) {
                b.add("closedByAttemptId", String.valueOf(h.getClosedByAttemptId()));
            }
            if (h.getClosedByExternalId() != null) {
                b.add("closedByExternalResultId", String.valueOf(h.getClosedByExternalId()));
            }
            history.add(b);
        }
        return Json.createObjectBuilder()
                .add("personId", String.valueOf(p.getPersonId()))
                .add("fullName", p.getFullName())
                .add("levels", levels)
                .add("deficits", deficits)
                .add("history", history)
                .build();
    }
}
