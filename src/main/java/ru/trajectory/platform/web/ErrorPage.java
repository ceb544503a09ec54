package ru.trajectory.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * Gives each error page its true HTTP status. A page reached by an exception mapping would
 * otherwise answer 500 (or 200 when opened directly), which misleads clients and crawlers.
 * The pages themselves never show the exception: its text may carry internals.
 */
@Named
@RequestScoped
public class ErrorPage {

    public void forbidden() {
        respond(403);
    }

    public void notFound() {
        respond(404);
    }

    public void expired() {
        // A stale form is the client's mistake, not the server's; 400 keeps it out of 5xx alerts.
        respond(400);
    }

    public void error() {
        respond(500);
    }

    private static void respond(int status) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        if (!external.isResponseCommitted()) {
            external.setResponseStatus(status);
        }
    }
}
