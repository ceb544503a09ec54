package ru.trajectory.courses.service;

import java.io.Serializable;
import java.util.List;

/** The caller's enrollments and the hours of the courses they completed. */
public class MyEnrollments implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<EnrollmentView> items;
    private final int completedHours;

    MyEnrollments(List<EnrollmentView> items) {
        this.items = List.copyOf(items);
        this.completedHours = items.stream().filter(EnrollmentView::isCompleted)
                .mapToInt(e -> e.getHours() == null ? 0 : e.getHours()).sum();
    }

    public List<EnrollmentView> getItems() {
        return items;
    }

    public List<EnrollmentView> getCompleted() {
        return items.stream().filter(EnrollmentView::isCompleted).toList();
    }

    public List<EnrollmentView> getCurrent() {
        return items.stream().filter(e -> !e.isCompleted()).toList();
    }

    public int getCompletedHours() {
        return completedHours;
    }
}
