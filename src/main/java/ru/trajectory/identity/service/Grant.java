package ru.trajectory.identity.service;

import java.io.Serializable;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;

/** A role held within a scope, as the rest of the portal sees it. */
public record Grant(Role role, ScopeType scopeType, Long scopeId) implements Serializable {

    public Role getRole() {
        return role;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public Long getScopeId() {
        return scopeId;
    }
}
