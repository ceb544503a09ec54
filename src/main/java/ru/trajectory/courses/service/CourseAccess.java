package ru.trajectory.courses.service;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.trajectory.courses.entity.Course;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * Who may do what with courses: methodologists run the courses of their region; teachers
 * enroll themselves; a director enrolls and approves the staff of their own school.
 */
@ApplicationScoped
public class CourseAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    public Caller caller() {
        return currentCaller.get();
    }

    public boolean runs(Course course) {
        Caller c = caller();
        return c.isAdmin() || c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(course.getRegionId());
    }

    public void requireRunner(Course course) {
        if (!runs(course)) {
            throw new AccessDeniedException("Курсами этого региона управляет методист региона");
        }
    }

    /** The person the caller acts for: themselves, or (for a director) a member of their school's staff. */
    public Person enrollee(Long personId) {
        Caller c = caller();
        if (c.personId() == null) {
            throw new AccessDeniedException("Учётная запись не связана с сотрудником");
        }
        if (personId == null || Objects.equals(personId, c.personId())) {
            if (!c.has(Role.TEACHER) && !c.has(Role.MENTOR) && !c.has(Role.SCHOOL_ADMIN)) {
                throw new AccessDeniedException("На курсы записываются педагоги и руководители школ");
            }
            return em.find(Person.class, c.personId());
        }
        Person person = em.find(Person.class, personId);
        if (person == null) {
            throw new NotFoundException("Сотрудник не найден");
        }
        if (!directs(person)) {
            throw new AccessDeniedException("Руководитель записывает только сотрудников своей школы");
        }
        return person;
    }

    public boolean directs(Person person) {
        return person.getSchool() != null
                && caller().scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(person.getSchool().getId());
    }
}
