package ru.trajectory.identity.service;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Account;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.entity.SecurityEventType;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/** Accounts and their roles: lookups for sign-in, and role administration for ADMIN. */
@ApplicationScoped
@Transactional
public class Accounts {

    public static final int LOGIN_MAX = 64;
    /** Matches no password: not in the PBKDF2 format {@link PasswordHasher#verify} accepts. */
    static final String UNUSABLE_PASSWORD = "!unset";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAudit audit;

    @Inject
    CurrentCaller currentCaller;

    public Optional<Account> byLogin(String login) {
        if (login == null || login.isBlank() || login.length() > LOGIN_MAX) {
            return Optional.empty();
        }
        return em.createNamedQuery(Account.BY_LOGIN, Account.class)
                .setParameter("login", login.strip())
                .getResultStream().findFirst();
    }

    public Optional<Account> byPerson(long personId) {
        return em.createNamedQuery(Account.BY_PERSON, Account.class)
                .setParameter("personId", personId)
                .getResultStream().findFirst();
    }

    Optional<Caller> callerFor(String login) {
        return byLogin(login).filter(Account::isEnabled).map(Accounts::toCaller);
    }

    static Caller toCaller(Account a) {
        List<Grant> grants = a.getRoles().stream()
                .map(r -> new Grant(r.getRole(), r.getScopeType(), r.getScopeId()))
                .toList();
        return new Caller(a.getId(), a.getPersonId(), a.getLogin(), grants);
    }

    static Set<String> groupsOf(Account a) {
        return a.getRoles().stream().map(r -> r.getRole().name()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Creates an account for a person of the staff register; the caller (an import or the
     * administrator) has already checked that it may. Returns the new account.
     */
    public Account create(long personId, String login, char[] initialPassword) {
        String normalized = normalizeLogin(login);
        if (byLogin(normalized).isPresent()) {
            throw ValidationFailure.of("login", "Логин «" + normalized + "» уже занят");
        }
        Account account = new Account(personId, normalized, hasher.hash(initialPassword), clock.instant());
        em.persist(account);
        return account;
    }

    /**
     * An account whose password is not set yet (an imported staff member): it cannot sign in
     * until an administrator sets a password. No hash is computed, so large imports stay fast.
     */
    public Account createWithoutPassword(long personId, String login) {
        String normalized = normalizeLogin(login);
        Account account = new Account(personId, normalized, UNUSABLE_PASSWORD, clock.instant());
        em.persist(account);
        return account;
    }

    /** A login: 3–64 latin letters, digits, dot, hyphen or underscore. */
    public static String normalizeLogin(String login) {
        String s = login == null ? "" : login.strip();
        if (s.isEmpty()) {
            throw ValidationFailure.of("login", "Укажите логин");
        }
        if (s.length() > LOGIN_MAX) {
            throw ValidationFailure.of("login", "Логин длиннее " + LOGIN_MAX + " символов");
        }
        if (s.length() < 3 || !s.matches("[A-Za-z0-9._-]+")) {
            throw ValidationFailure.of("login",
                    "Логин — от 3 символов: латинские буквы, цифры, точка, дефис или подчёркивание");
        }
        return s;
    }

    /** An account with its roles, for the administrator's role page; administrators only. */
    public Optional<Account> forAdministration(String login) {
        requireAdmin();
        return byLogin(login);
    }

    /** Grants a role within a scope; administrators only; audited. */
    public void grant(String login, Role role, ScopeType scopeType, Long scopeId) {
        Account account = administered(login);
        if (!role.allows(scopeType) || (scopeType == ScopeType.GLOBAL) != (scopeId == null)) {
            throw ValidationFailure.of("scope", "Эту роль нельзя выдать в такой области");
        }
        if (account.grant(role, scopeType, scopeId)) {
            audit.record(SecurityEventType.ROLE_GRANTED, account.getLogin(), currentCaller.get().login(), null,
                    role + " " + scopeType + (scopeId == null ? "" : " " + scopeId));
        }
    }

    public void revoke(String login, Role role, ScopeType scopeType, Long scopeId) {
        Account account = administered(login);
        if (account.revoke(role, scopeType, scopeId)) {
            audit.record(SecurityEventType.ROLE_REVOKED, account.getLogin(), currentCaller.get().login(), null,
                    role + " " + scopeType + (scopeId == null ? "" : " " + scopeId));
        }
    }

    private Account administered(String login) {
        requireAdmin();
        return byLogin(login).orElseThrow(() -> new NotFoundException("Учётная запись не найдена"));
    }

    private void requireAdmin() {
        if (!currentCaller.get().has(Role.ADMIN)) {
            throw new AccessDeniedException("Роли выдаёт только администратор");
        }
    }
}
