package ru.trajectory.courses.service;

import java.io.Serializable;
import java.util.List;

/** One page of the catalogue and how many courses match in all. */
public class CoursePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<CourseView> items;
    private final long total;

    CoursePage(List<CourseView> items, long total) {
        this.items = List.copyOf(items);
        this.total = total;
    }

    public List<CourseView> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }
}
