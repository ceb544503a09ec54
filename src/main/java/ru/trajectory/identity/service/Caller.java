package ru.trajectory.identity.service;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;

/**
 * Who is asking: the signed-in account with its roles and scopes. Every service decides
 * by role and scope from this, never from ids the request carries.
 */
public final class Caller implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Caller ANONYMOUS = new Caller(null, null, null, List.of());

    private final Long accountId;
    private final Long personId;
    private final String login;
    private final List<Grant> grants;

    public Caller(Long accountId, Long personId, String login, List<Grant> grants) {
        this.accountId = accountId;
        this.personId = personId;
        this.login = login;
        this.grants = List.copyOf(grants);
    }

    public boolean isSignedIn() {
        return accountId != null;
    }

    public Long accountId() {
        return accountId;
    }

    public Long personId() {
        return personId;
    }

    public String login() {
        return login;
    }

    public List<Grant> grants() {
        return grants;
    }

    public boolean has(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** Ids of the scopes of the given type in which the caller holds the role. */
    public Set<Long> scopes(Role role, ScopeType type) {
        return grants.stream()
                .filter(g -> g.role() == role && g.scopeType() == type)
                .map(Grant::scopeId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Optional<Grant> first(Role role) {
        return grants.stream().filter(g -> g.role() == role).findFirst();
    }

    public Set<Role> roles() {
        return grants.stream().map(Grant::role).collect(Collectors.toUnmodifiableSet());
    }
}
