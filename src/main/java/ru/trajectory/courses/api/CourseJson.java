package ru.trajectory.courses.api;

import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import ru.trajectory.courses.service.CourseView;
import ru.trajectory.courses.service.EnrollmentView;

/** JSON shapes of courses, sessions and enrollments (ids as strings, dates YYYY-MM-DD). */
final class CourseJson {

    private CourseJson() {
    }

    static JsonObject course(CourseView c) {
        JsonArrayBuilder sessions = Json.createArrayBuilder();
        c.getSessions().forEach(s -> sessions.add(session(s)));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(c.getId()))
                .add("title", c.getTitle())
                .add("providerId", String.valueOf(c.getProviderId()))
                .add("provider", c.getProviderName())
                .add("hours", c.getHours())
                .add("format", c.getFormat().name())
                .add("federalRegister", c.isFederalRegister())
                .add("requiresApproval", c.isRequiresApproval())
                .add("status", c.getStatus().name())
                .add("competencyCodes", strings(c.getCompetencyCodes()))
                .add("positions", strings(c.getPositions()))
                .add("subjects", strings(c.getSubjects()))
                .add("sessions", sessions);
        if (c.getDescription() != null) {
            b.add("description", c.getDescription());
        }
        return b.build();
    }

    static JsonObject session(CourseView.SessionView s) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(s.getId()))
                .add("start", s.getStart().toString())
                .add("end", s.getEnd().toString())
                .add("format", s.getFormat().name())
                .add("capacity", s.getCapacity())
                .add("freeSeats", s.getFreeSeats())
                .add("enrollmentDeadline", s.getEnrollmentDeadline().toString())
                .add("status", s.getStatus().name());
        if (s.getPlace() != null) {
            b.add("place", s.getPlace());
        }
        return b.build();
    }

    static JsonObject enrollment(EnrollmentView e) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(e.getId()))
                .add("sessionId", String.valueOf(e.getSessionId()))
                .add("courseId", String.valueOf(e.getCourseId()))
                .add("course", e.getCourseTitle())
                .add("personId", String.valueOf(e.getPersonId()))
                .add("status", e.getStatus().name());
        if (e.getPosition() != null) {
            b.add("position", e.getPosition());
        }
        if (e.getCompletedOn() != null) {
            b.add("completedOn", e.getCompletedOn().toString()).add("hours", e.getHours())
                    .add("certificateNumber", e.getCertificateNumber());
        }
        return b.build();
    }

    private static JsonArrayBuilder strings(Set<String> values) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        values.stream().sorted().forEach(a::add);
        return a;
    }
}
