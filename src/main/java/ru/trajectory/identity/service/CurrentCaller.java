package ru.trajectory.identity.service;

import java.security.Principal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * The {@link Caller} of the current request, resolved once per request: the container's
 * principal tells who signed in; roles and scopes are read fresh from the database, so a
 * revoked role stops working at once. Services inject this (a request-scoped proxy) rather
 * than a {@code Caller}, so that no caller can outlive its request.
 */
@RequestScoped
public class CurrentCaller {

    @Inject
    SecurityContext securityContext;

    @Inject
    Accounts accounts;

    private Caller caller;

    public Caller get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            caller = principal == null ? Caller.ANONYMOUS
                    : accounts.callerFor(principal.getName()).orElse(Caller.ANONYMOUS);
        }
        return caller;
    }
}
