package ru.trajectory.courses.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.courses.service.StaffLearning;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code GET /schools/{id}/enrollments?status=PENDING_APPROVAL}: the staff's enrollments for
 * their director, e.g. the requests waiting for approval.
 */
@Path("schools/{id}/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolEnrollmentResource {

    @Inject
    StaffLearning staffLearning;

    @GET
    public JsonObject list(@PathParam("id") String id, @QueryParam("status") String status) {
        EnrollmentStatus only = null;
        if (status != null && !status.isBlank()) {
            try {
                only = EnrollmentStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                throw ValidationFailure.of("status", "Статус записи: PENDING_APPROVAL, CONFIRMED, WAITLISTED или COMPLETED");
            }
        }
        List<StaffLearning.StaffEnrollment> found = staffLearning.enrollments(Ids.path(id, "Школа не найдена"), only);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(s -> items.add(Json.createObjectBuilder(CourseJson.enrollment(s.enrollment()))
                .add("fullName", s.fullName())));
        return Json.createObjectBuilder().add("items", items).add("total", found.size()).build();
    }
}
