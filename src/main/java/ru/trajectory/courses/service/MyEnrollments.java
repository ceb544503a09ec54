package ru.trajectory.courses.service;

import java.io.Serializable;
import java.util.List;

/** The caller's enrollments and the hours of the courses they completed. */
public class MyEnrollments implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<MyEnrollmentView> items;
    private final int completedHours;

    MyEnrollments(List<MyEnrollmentView> items) {
        this.items = List.copyOf(items);
        this.completedHours = items.stream().filter(MyEnrollmentView::isCompleted)
                .mapToInt(e -> e.getHours() == null ? 0 : e.getHours()).sum();
    }

    public List<MyEnrollmentView> getItems() {
        return items;
    }

    public List<MyEnrollmentView> getCompleted() {
        return items.stream().filter(MyEnrollmentView::isCompleted).toList();
    }

    public List<MyEnrollmentView> getCurrent() {
        return items.stream().filter(e -> !e.isCompleted()).toList();
    }

    public int getCompletedHours() {
        return completedHours;
    }
}
