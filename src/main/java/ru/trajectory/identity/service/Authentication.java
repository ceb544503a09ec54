package ru.trajectory.identity.service;

import java.time.Instant;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Account;
import ru.trajectory.identity.entity.SecurityEventType;

/**
 * Checks a login and password for both the sign-in page and the API token endpoint,
 * with throttling and an audit trail.
 */
@ApplicationScoped
public class Authentication {

    /** Verified when the login is unknown, so that timing does not reveal which logins exist. */
    private static final String DECOY_HASH = new PasswordHasher().hash("decoy-password".toCharArray());

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    LoginThrottling throttling;

    @Inject
    SecurityAudit audit;

    @Transactional
    public SignInResult signIn(String login, char[] password, String remoteAddress) {
        if (login == null || login.isBlank() || login.strip().length() > Accounts.LOGIN_MAX || password == null) {
            return SignInResult.invalid();
        }
        String name = login.strip();
        Optional<Instant> locked = throttling.lockedUntil(name);
        if (locked.isPresent()) {
            audit.record(SecurityEventType.SIGN_IN_FAILURE, name, null, remoteAddress, "вход заблокирован");
            return SignInResult.locked(locked.get());
        }
        Optional<Account> account = accounts.byLogin(name);
        boolean valid = hasher.verify(password, account.map(Account::getPasswordHash).orElse(DECOY_HASH))
                && account.isPresent() && account.get().isEnabled();
        if (!valid) {
            audit.record(SecurityEventType.SIGN_IN_FAILURE, name, null, remoteAddress, null);
            Optional<Instant> lockedNow = throttling.recordFailure(name);
            if (lockedNow.isPresent()) {
                audit.record(SecurityEventType.LOCKED, name, null, remoteAddress, "до " + lockedNow.get());
                return SignInResult.locked(lockedNow.get());
            }
            return SignInResult.invalid();
        }
        Account a = account.get();
        throttling.clear(name);
        if (hasher.needsRehash(a.getPasswordHash())) {
            a.changePassword(hasher.hash(password), a.getPasswordChangedAt());
        }
        audit.record(SecurityEventType.SIGN_IN, a.getLogin(), null, remoteAddress, null);
        return SignInResult.success(a.getLogin(), Accounts.groupsOf(a));
    }
}
