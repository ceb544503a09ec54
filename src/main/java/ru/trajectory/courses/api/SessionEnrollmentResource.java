package ru.trajectory.courses.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.courses.service.EnrollmentView;
import ru.trajectory.courses.service.Enrollments;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;

/**
 * {@code POST /sessions/{id}/enrollments}: enroll oneself, or with {@code {"personId"}} a member
 * of one's staff (directors) → 201 {@code {status: CONFIRMED | WAITLISTED | PENDING_APPROVAL, position?}}.
 */
@Path("sessions/{id}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionEnrollmentResource {

    @Inject
    Enrollments enrollments;

    @Context
    UriInfo uri;

    @POST
    public Response enroll(@PathParam("id") String id, String body) {
        long sessionId = Ids.path(id, "Поток курса не найден");
        Long personId = null;
        if (body != null && !body.isBlank()) {
            JsonBody json = JsonBody.parse(body);
            personId = json.id("personId");
            json.throwIfInvalid();
        }
        EnrollmentView e = enrollments.enroll(sessionId, personId);
        return Response.created(uri.getBaseUriBuilder().path("enrollments").path(String.valueOf(e.getId())).build())
                .entity(CourseJson.enrollment(e)).build();
    }
}
