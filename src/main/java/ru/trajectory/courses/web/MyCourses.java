package ru.trajectory.courses.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.service.CourseSearch;
import ru.trajectory.courses.service.Enrollments;
import ru.trajectory.courses.service.MyEnrollments;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;

/** «Мои курсы»: current requests and places (cancellable), completed courses and their hours. */
@Named
@ViewScoped
public class MyCourses implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CourseSearch search;

    @Inject
    Enrollments enrollments;

    private MyEnrollments mine;

    public void load() {
        mine = search.myEnrollments();
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

    public MyEnrollments getMine() {
        return mine;
    }
}
