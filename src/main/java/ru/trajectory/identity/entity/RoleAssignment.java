package ru.trajectory.identity.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One role of an account within one scope (a school, a municipality, a region, or everything). */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private Account account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope_type", nullable = false, length = 16)
    private ScopeType scopeType;

    @Column(name = "scope_id")
    private Long scopeId;

    protected RoleAssignment() {
    }

    RoleAssignment(Account account, Role role, ScopeType scopeType, Long scopeId) {
        if (!role.allows(scopeType)) {
            throw new IllegalArgumentException(role + " cannot be given a " + scopeType + " scope");
        }
        if ((scopeType == ScopeType.GLOBAL) != (scopeId == null)) {
            throw new IllegalArgumentException("Only a GLOBAL scope comes without an id");
        }
        this.account = Objects.requireNonNull(account, "account");
        this.role = role;
        this.scopeType = scopeType;
        this.scopeId = scopeId;
    }

    public Long getId() {
        return id;
    }

    public Role getRole() {
        return role;
    }

    public ScopeType getScopeType() {
        return scopeType;
    }

    public Long getScopeId() {
        return scopeId;
    }

    boolean sameAs(Role otherRole, ScopeType otherType, Long otherId) {
        return role == otherRole && scopeType == otherType && Objects.equals(scopeId, otherId);
    }
}
