package ru.trajectory.identity.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Account;
import ru.trajectory.identity.entity.SecurityEventType;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/** A signed-in person changes their own password. */
@ApplicationScoped
public class PasswordChange {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    @Inject
    Accounts accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    SecurityAudit audit;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Transactional
    public void change(char[] current, char[] replacement, char[] confirmation, String remoteAddress) {
        Caller caller = currentCaller.get();
        if (!caller.isSignedIn()) {
            throw new AccessDeniedException("Войдите, чтобы сменить пароль");
        }
        Account account = accounts.byLogin(caller.login()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (current == null || !hasher.verify(current, account.getPasswordHash())) {
            errors.add(new FieldError("current", "Текущий пароль указан неверно"));
        }
        String fresh = replacement == null ? "" : new String(replacement);
        if (fresh.length() < MIN_LENGTH) {
            errors.add(new FieldError("replacement", "Новый пароль — не короче " + MIN_LENGTH + " символов"));
        } else if (fresh.length() > MAX_LENGTH) {
            errors.add(new FieldError("replacement", "Новый пароль — не длиннее " + MAX_LENGTH + " символов"));
        } else if (fresh.equalsIgnoreCase(account.getLogin())) {
            errors.add(new FieldError("replacement", "Пароль не должен совпадать с логином"));
        } else if (current != null && fresh.equals(new String(current))) {
            errors.add(new FieldError("replacement", "Новый пароль должен отличаться от текущего"));
        }
        if (confirmation == null || !fresh.equals(new String(confirmation))) {
            errors.add(new FieldError("confirmation", "Пароли не совпадают"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        account.changePassword(hasher.hash(replacement), clock.instant());
        audit.record(SecurityEventType.PASSWORD_CHANGED, account.getLogin(), account.getLogin(), remoteAddress, null);
    }
}
