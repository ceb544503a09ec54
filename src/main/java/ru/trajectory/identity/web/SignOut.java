package ru.trajectory.identity.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import ru.trajectory.identity.entity.SecurityEventType;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.identity.service.SecurityAudit;

/** Ends the session (a POST from the header or the menu, so no link can sign anyone out). */
@Named
@RequestScoped
public class SignOut {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SecurityAudit audit;

    @Inject
    FacesContext facesContext;

    public void signOut() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String login = currentCaller.get().login();
        if (login != null) {
            audit.record(SecurityEventType.SIGN_OUT, login, login, request.getRemoteAddr(), null);
        }
        try {
            request.logout();
        } catch (ServletException e) {
            // The session is invalidated below anyway, which is what signs the caller out.
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        facesContext.responseComplete();
    }
}
