package ru.trajectory.organizations.service;

import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Municipality;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.School;

/**
 * The scope rules of the territory: which schools, municipalities and people a caller's
 * roles reach. Every service of the module asks here before it reads or writes.
 */
@ApplicationScoped
public class TerritoryScope {

    /** How much of a person a caller may see. */
    public enum Visibility {
        /** Everything in the staff register: contacts, experience, category. */
        FULL,
        /** A colleague's card: name, school, position, subjects. */
        BASIC,
        /** Not even that the person exists. */
        NONE
    }

    @Inject
    CurrentCaller currentCaller;

    public Caller caller() {
        return currentCaller.get();
    }

    /** Directors of it and managers above it: the staff list, imports, school indicators. */
    public boolean managesSchool(School school) {
        Caller c = caller();
        Municipality m = school.getMunicipality();
        return c.isAdmin()
                || c.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(school.getId())
                || c.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY).contains(m.getId())
                || c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION).contains(m.getRegion().getId());
    }

    public boolean managesMunicipality(Municipality municipality) {
        Caller c = caller();
        return c.isAdmin()
                || c.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY).contains(municipality.getId())
                || c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION).contains(municipality.getRegion().getId());
    }

    public boolean operatesRegion(long regionId) {
        Caller c = caller();
        return c.isAdmin() || c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION).contains(regionId);
    }

    /** Writes to the territory itself (regions, municipalities, schools, flags). */
    public boolean editsTerritory() {
        Caller c = caller();
        return c.isAdmin() || c.has(Role.REGIONAL_OPERATOR);
    }

    public Visibility visibilityOf(Person person) {
        Caller c = caller();
        if (!c.isSignedIn()) {
            return Visibility.NONE;
        }
        if (Objects.equals(c.personId(), person.getId()) || c.isAdmin()) {
            return Visibility.FULL;
        }
        long regionId = person.getRegion().getId();
        if (c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION).contains(regionId)
                || c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(regionId)) {
            return Visibility.FULL;
        }
        Municipality m = person.getMunicipality();
        if (m != null && c.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY).contains(m.getId())) {
            return Visibility.FULL;
        }
        School school = person.getSchool();
        if (school != null) {
            if (c.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(school.getId())) {
                return Visibility.FULL;
            }
            if (c.scopes(Role.TEACHER, ScopeType.SCHOOL).contains(school.getId())
                    || c.scopes(Role.MENTOR, ScopeType.SCHOOL).contains(school.getId())) {
                return Visibility.BASIC;
            }
        }
        return Visibility.NONE;
    }
}
