package ru.trajectory.organizations.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.organizations.entity.Subject;
import ru.trajectory.organizations.service.TerritoryScope.Visibility;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/** The staff register as callers may see it: a person's profile and a school's staff list. */
@ApplicationScoped
@Transactional
public class People {

    @PersistenceContext
    EntityManager em;

    @Inject
    TerritoryScope scope;

    /** A person with what the caller may see of them; 404 when they may see nothing. */
    public PersonView view(long personId) {
        Person person = em.find(Person.class, personId);
        Visibility visibility = person == null ? Visibility.NONE : scope.visibilityOf(person);
        if (visibility == Visibility.NONE) {
            throw new NotFoundException("Человек не найден");
        }
        return new PersonView(person, visibility, subjectNames());
    }

    public Optional<String> fullName(Long personId) {
        return Optional.ofNullable(personId).map(id -> em.find(Person.class, id)).map(Person::getFullName);
    }

    /** The staff of a school, for its director and the managers above it (403 for others). */
    public List<PersonView> staff(long schoolId, int first, int size) {
        School school = managedSchool(schoolId);
        Map<String, String> subjects = subjectNames();
        return em.createNamedQuery(Person.STAFF_OF_SCHOOL, Person.class)
                .setParameter("schoolId", school.getId())
                .setFirstResult(Math.max(0, first)).setMaxResults(size)
                .getResultStream()
                .map(p -> new PersonView(p, Visibility.FULL, subjects))
                .toList();
    }

    public long countStaff(long schoolId) {
        managedSchool(schoolId);
        return em.createNamedQuery(Person.COUNT_STAFF_OF_SCHOOL, Long.class)
                .setParameter("schoolId", schoolId).getSingleResult();
    }

    public boolean maySeeStaff(long schoolId) {
        School school = em.find(School.class, schoolId);
        return school != null && scope.managesSchool(school);
    }

    public Map<String, String> subjectNames() {
        return em.createNamedQuery(Subject.ALL, Subject.class).getResultStream()
                .collect(Collectors.toMap(Subject::getCode, Subject::getName));
    }

    private School managedSchool(long schoolId) {
        if (!scope.caller().isSignedIn()) {
            throw new AccessDeniedException("Войдите в систему");
        }
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("Школа не найдена");
        }
        if (!scope.managesSchool(school)) {
            throw new AccessDeniedException("Список сотрудников этой школы вам недоступен");
        }
        return school;
    }
}
