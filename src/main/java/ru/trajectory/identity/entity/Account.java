package ru.trajectory.identity.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's credentials and roles. The person itself belongs to the staff register
 * (module organizations); the account refers to it by id only.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.BY_LOGIN, query = "SELECT a FROM Account a WHERE a.login = :login")
@NamedQuery(name = Account.BY_PERSON, query = "SELECT a FROM Account a WHERE a.personId = :personId")
public class Account {

    public static final String BY_LOGIN = "Account.byLogin";
    public static final String BY_PERSON = "Account.byPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = 64)
    private String login;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    private List<RoleAssignment> roles = new ArrayList<>();

    @Version
    private long version;

    protected Account() {
    }

    public Account(long personId, String login, String passwordHash, Instant now) {
        this.personId = personId;
        this.login = Objects.requireNonNull(login, "login");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Adds a role unless the account already holds it in that scope; true when added. */
    public boolean grant(Role role, ScopeType scopeType, Long scopeId) {
        if (holds(role, scopeType, scopeId)) {
            return false;
        }
        roles.add(new RoleAssignment(this, role, scopeType, scopeId));
        return true;
    }

    public boolean revoke(Role role, ScopeType scopeType, Long scopeId) {
        return roles.removeIf(r -> r.sameAs(role, scopeType, scopeId));
    }

    public boolean holds(Role role, ScopeType scopeType, Long scopeId) {
        return roles.stream().anyMatch(r -> r.sameAs(role, scopeType, scopeId));
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public List<RoleAssignment> getRoles() {
        return List.copyOf(roles);
    }
}
