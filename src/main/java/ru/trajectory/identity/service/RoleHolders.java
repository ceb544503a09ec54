package ru.trajectory.identity.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;

/**
 * Who holds a role in a scope (the directors of a school, say), for other modules that must
 * tell those people something. Disabled accounts are left out: nobody reads their mail.
 */
@ApplicationScoped
@Transactional
public class RoleHolders {

    @PersistenceContext
    EntityManager em;

    /** Ids of the people whose enabled account holds the role in exactly that scope, in id order. */
    public List<Long> people(Role role, ScopeType scopeType, long scopeId) {
        return em.createQuery("SELECT DISTINCT a.personId FROM Account a JOIN a.roles r WHERE a.enabled = TRUE "
                        + "AND r.role = :role AND r.scopeType = :scopeType AND r.scopeId = :scopeId ORDER BY a.personId",
                        Long.class)
                .setParameter("role", role).setParameter("scopeType", scopeType).setParameter("scopeId", scopeId)
                .getResultList();
    }
}
