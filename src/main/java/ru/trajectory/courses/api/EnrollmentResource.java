package ru.trajectory.courses.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.courses.service.Enrollments;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;

/** {@code GET/DELETE /enrollments/{id}} (DELETE cancels and promotes the waitlist), approval and completion. */
@Path("enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentResource {

    @Inject
    Enrollments enrollments;

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return CourseJson.enrollment(enrollments.get(Ids.path(id, "Запись не найдена")));
    }

    @DELETE
    @Path("{id}")
    public JsonObject cancel(@PathParam("id") String id) {
        return CourseJson.enrollment(enrollments.cancel(Ids.path(id, "Запись не найдена")));
    }

    @POST
    @Path("{id}/approve")
    public JsonObject approve(@PathParam("id") String id) {
        return CourseJson.enrollment(enrollments.decide(Ids.path(id, "Запись не найдена"), true));
    }

    @POST
    @Path("{id}/reject")
    public JsonObject reject(@PathParam("id") String id) {
        return CourseJson.enrollment(enrollments.decide(Ids.path(id, "Запись не найдена"), false));
    }

    /** {@code {"hours", "certificateNumber", "date"}}. */
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject complete(@PathParam("id") String id, String body) {
        long enrollmentId = Ids.path(id, "Запись не найдена");
        JsonBody json = JsonBody.parse(body);
        String hours = json.string("hours");
        Integer h;
        try {
            h = hours == null ? null : Integer.valueOf(hours.strip());
        } catch (NumberFormatException e) {
            h = -1;
        }
        var date = json.date("date");
        String certificate = json.string("certificateNumber");
        json.throwIfInvalid();
        return CourseJson.enrollment(enrollments.complete(enrollmentId, h, date, certificate));
    }
}
