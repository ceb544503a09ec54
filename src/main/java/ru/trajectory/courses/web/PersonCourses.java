package ru.trajectory.courses.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.courses.service.CourseSearch;
import ru.trajectory.courses.service.MyEnrollments;

/**
 * The «Повышение квалификации» part of a person's profile: completed courses, certificates and
 * total hours. The profile page belongs to organizations; this part is the courses module's.
 */
@Named
@RequestScoped
public class PersonCourses {

    @Inject
    CourseSearch search;

    private Long personId;
    private MyEnrollments completed;

    /** Read once per request, whatever number of times the page asks. */
    public MyEnrollments of(long person) {
        if (completed == null || personId != person) {
            completed = search.completedOf(person);
            personId = person;
        }
        return completed;
    }
}
