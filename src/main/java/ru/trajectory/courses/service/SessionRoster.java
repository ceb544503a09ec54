package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import ru.trajectory.courses.entity.EnrollmentStatus;

/** Who is in a session, as its methodologist sees them: confirmed first, then the waitlist in order. */
public record SessionRoster(long courseId, String courseTitle, int courseHours, CourseView.SessionView session,
                            List<Participant> participants) implements Serializable {

    public long count(EnrollmentStatus status) {
        return participants.stream().filter(p -> p.status() == status).count();
    }

    /** One enrollment of the session with its person's name and school. */
    public record Participant(long enrollmentId, long personId, String fullName, String schoolName,
                              EnrollmentStatus status, Integer position, LocalDate completedOn, Integer hours,
                              String certificateNumber) implements Serializable {

        public boolean isCompletable() {
            return status == EnrollmentStatus.CONFIRMED || status == EnrollmentStatus.COMPLETED;
        }
    }
}
