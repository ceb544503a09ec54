package ru.trajectory.courses.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.courses.service.CourseSearch;
import ru.trajectory.courses.service.EnrollmentView;
import ru.trajectory.courses.service.MyEnrollments;

/**
 * {@code GET /me/enrollments} → {@code {items, total, completedHours}}: the caller's own enrollments.
 * A root of its own, because {@code /enrollments/{id}} belongs to another resource and the
 * longer literal path wins over {@code /me} in JAX-RS matching.
 */
@Path("me/enrollments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyEnrollmentsResource {

    @Inject
    CourseSearch search;

    @GET
    public JsonObject mine() {
        MyEnrollments mine = search.myEnrollments();
        JsonArrayBuilder items = Json.createArrayBuilder();
        mine.getItems().forEach(e -> items.add(enrollment(e)));
        return Json.createObjectBuilder().add("items", items).add("total", mine.getItems().size())
                .add("completedHours", mine.getCompletedHours()).build();
    }

    private static JsonObject enrollment(EnrollmentView e) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(e.getId()))
                .add("sessionId", String.valueOf(e.getSessionId()))
                .add("courseId", String.valueOf(e.getCourseId()))
                .add("course", e.getCourseTitle())
                .add("start", e.getStart().toString())
                .add("end", e.getEnd().toString())
                .add("status", e.getStatus().name());
        if (e.getPosition() != null) {
            b.add("position", e.getPosition());
        }
        if (e.getCompletedOn() != null) {
            b.add("completedOn", e.getCompletedOn().toString());
        }
        if (e.getHours() != null) {
            b.add("hours", e.getHours());
        }
        if (e.getCertificateNumber() != null) {
            b.add("certificateNumber", e.getCertificateNumber());
        }
        return b.build();
    }
}
