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

    /** The caller the authentication mechanism already read with the request's token, if any. */
    private Caller resolved;

    public Caller get() {
        if (caller == null) {
            Principal principal = securityContext.getCallerPrincipal();
            if (principal == null) {
                caller = Caller.ANONYMOUS;
            } else if (resolved != null && resolved.login().equals(principal.getName())) {
                caller = resolved;
            } else {
                caller = accounts.callerFor(principal.getName()).orElse(Caller.ANONYMOUS);
            }
        }
        return caller;
    }

    /**
     * Hands over the caller read while checking this request's bearer token: the same fresh
     * read of roles, not a cache, so a revoked role still stops working at the next request.
     */
    public void resolvedByToken(Caller fromToken) {
        this.resolved = fromToken;
    }
}
