package ru.trajectory.courses.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.courses.service.SessionRoster;
import ru.trajectory.courses.service.Sessions;
import ru.trajectory.platform.api.Ids;

/**
 * A session for the methodologist who runs it: {@code GET /sessions/{id}} with its roster,
 * {@code PUT /sessions/{id}} to reschedule, {@code POST /sessions/{id}/cancel}.
 */
@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    private static final String NOT_FOUND = "Поток курса не найден";

    @Inject
    Sessions sessions;

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        SessionRoster roster = sessions.roster(Ids.path(id, NOT_FOUND));
        JsonArrayBuilder participants = Json.createArrayBuilder();
        for (SessionRoster.Participant p : roster.participants()) {
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("enrollmentId", String.valueOf(p.enrollmentId()))
                    .add("personId", String.valueOf(p.personId()))
                    .add("fullName", p.fullName())
                    .add("school", p.schoolName())
                    .add("status", p.status().name());
            if (p.position() != null) {
                b.add("position", p.position());
            }
            if (p.completedOn() != null) {
                b.add("completedOn", p.completedOn().toString()).add("hours", p.hours())
                        .add("certificateNumber", p.certificateNumber());
            }
            participants.add(b);
        }
        return Json.createObjectBuilder(CourseJson.session(roster.session()))
                .add("courseId", String.valueOf(roster.courseId()))
                .add("courseTitle", roster.courseTitle())
                .add("participants", participants)
                .build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("id") String id, String body) {
        long sessionId = Ids.path(id, NOT_FOUND);
        return CourseJson.session(sessions.update(sessionId, CourseResource.sessionInput(body)));
    }

    @POST
    @Path("{id}/cancel")
    public JsonObject cancel(@PathParam("id") String id) {
        return CourseJson.session(sessions.cancel(Ids.path(id, NOT_FOUND)));
    }
}
