package ru.trajectory.diagnostics.service;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.service.TerritoryScope;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * Who may read a person's deficit profile: the person, a methodologist of their region, the
 * director of their school, and their mentor while the pair is active. Managers above school
 * level see counts only (heat maps), never a profile by name.
 */
@ApplicationScoped
public class ProfileAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TerritoryScope territory;

    @Inject
    Instance<MentorshipDirectory> mentorships;

    /** The person whose profile the caller reads; 404 when they may not even know of them. */
    public Person requireReader(long personId) {
        Caller c = currentCaller.get();
        Person person = em.find(Person.class, personId);
        if (person == null || territory.visibilityOf(person) == TerritoryScope.Visibility.NONE
                && !isActiveMentor(c, personId)) {
            throw new NotFoundException("Человек не найден");
        }
        if (!mayRead(c, person)) {
            throw new AccessDeniedException("Профиль дефицитов этого педагога вам недоступен");
        }
        return person;
    }

    boolean mayRead(Caller c, Person person) {
        if (Objects.equals(c.personId(), person.getId()) || c.isAdmin()) {
            return true;
        }
        if (c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(person.getRegion().getId())) {
            return true;
        }
        if (person.getSchool() != null
                && c.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(person.getSchool().getId())) {
            return true;
        }
        return isActiveMentor(c, person.getId());
    }

    private boolean isActiveMentor(Caller c, long personId) {
        if (c.personId() == null || !c.has(Role.MENTOR) || mentorships.isUnsatisfied()) {
            return false;
        }
        return mentorships.stream().anyMatch(m -> m.isActiveMentor(c.personId(), personId));
    }
}
