package ru.trajectory.courses.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.courses.service.Catalogue;
import ru.trajectory.courses.service.CourseSearch;
import ru.trajectory.courses.service.CourseView;
import ru.trajectory.courses.service.EnrollmentView;
import ru.trajectory.courses.service.Enrollments;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/** A course with its sessions; the caller enrolls into one and sees where they stand. */
@Named("coursePage")
@ViewScoped
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    Catalogue catalogue;

    @Inject
    Enrollments enrollments;

    @Inject
    CourseSearch search;

    private String id;
    private CourseView course;
    /** The caller's live enrollments in this course, by session id. */
    private Map<Long, EnrollmentView> mine = Map.of();

    public void load() {
        Long courseId = Ids.parse(id);
        if (courseId == null) {
            throw new NotFoundException("Курс не найден");
        }
        course = catalogue.course(courseId);
        mine = search.myEnrollments().getItems().stream()
                .filter(e -> e.getCourseId() == courseId && e.getStatus().isLive())
                .collect(Collectors.toMap(EnrollmentView::getSessionId, Function.identity(), (a, b) -> a));
    }

    public void enroll(long sessionId) {
        try {
            EnrollmentView e = enrollments.enroll(sessionId, null);
            if (e.getStatus() == EnrollmentStatus.CONFIRMED) {
                PageMessages.info(PageMessages.text("courses.enrolled.CONFIRMED"));
            } else if (e.getStatus() == EnrollmentStatus.WAITLISTED) {
                PageMessages.warn(PageMessages.text("courses.enrolled.WAITLISTED") + " " + e.getPosition());
            } else {
                PageMessages.info(PageMessages.text("courses.enrolled.PENDING_APPROVAL"));
            }
        } catch (ValidationFailure | ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        load();
    }

    public void cancel(long enrollmentId) {
        try {
            enrollments.cancel(enrollmentId);
            PageMessages.info(PageMessages.text("courses.cancelled"));
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        load();
    }

    /** The caller's enrollment in the session, or null. */
    public EnrollmentView mineIn(long sessionId) {
        return mine.get(sessionId);
    }

    /** Whether the button makes sense; the service still has the last word. */
    public boolean mayEnroll(CourseView.SessionView s) {
        return s.getStatus() == ru.trajectory.courses.entity.SessionStatus.OPEN && !mine.containsKey(s.getId())
                && !LocalDate.now(MOSCOW).isAfter(s.getEnrollmentDeadline());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseView getCourse() {
        return course;
    }
}
