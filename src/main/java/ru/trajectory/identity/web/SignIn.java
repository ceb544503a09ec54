package ru.trajectory.identity.web;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.trajectory.identity.service.SignInResult;

/**
 * The sign-in form. The login and password go to {@link PortalAuthenticationMechanism}
 * through the container, which registers the session; this bean only reads the outcome,
 * renews the session id and sends the person where they were going.
 */
@Named
@RequestScoped
public class SignIn {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final String HOME = "/index.xhtml";

    @Inject
    SecurityContext securityContext;

    @Inject
    FacesContext facesContext;

    private String login;
    private String password;
    private String next;

    /** A signed-in person who opens the sign-in page goes straight on. */
    public void redirectIfSignedIn() throws IOException {
        if (securityContext.getCallerPrincipal() != null) {
            ExternalContext external = facesContext.getExternalContext();
            external.redirect(external.getRequestContextPath() + safeNext(next));
        }
    }

    public void signIn() throws IOException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        char[] secret = password == null ? new char[0] : password.toCharArray();
        password = null;
        securityContext.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(login == null ? "" : login, new Password(secret)))
                .newAuthentication(true));
        SignInResult result = (SignInResult) request.getAttribute(PortalAuthenticationMechanism.RESULT_ATTRIBUTE);
        ResourceBundle msg = facesContext.getApplication().getResourceBundle(facesContext, "msg");
        if (result != null && result.succeeded()) {
            // A new id after sign-in: a session id planted before it is worthless (session fixation).
            request.changeSessionId();
            external.redirect(external.getRequestContextPath() + safeNext(next));
            facesContext.responseComplete();
            return;
        }
        if (result != null && result.outcome() == SignInResult.Outcome.LOCKED && result.lockedUntil() != null) {
            String until = DateTimeFormatter.ofPattern("HH:mm").withZone(MOSCOW).format(result.lockedUntil());
            error(java.text.MessageFormat.format(msg.getString("signin.locked"), until));
        } else {
            error(msg.getString("signin.invalid"));
        }
    }

    private void error(String text) {
        facesContext.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        facesContext.validationFailed();
    }

    /**
     * The local page to return to, or the home page. Only a path of this portal is accepted:
     * anything that could leave it ({@code //host}, a scheme, a backslash trick) is an open redirect.
     */
    static String safeNext(String next) {
        if (next == null || next.isBlank() || !next.startsWith("/") || next.startsWith("//")
                || next.contains("\\") || next.chars().anyMatch(Character::isISOControl)) {
            return HOME;
        }
        try {
            URI uri = new URI(next);
            if (uri.getScheme() != null || uri.getRawAuthority() != null) {
                return HOME;
            }
        } catch (URISyntaxException e) {
            return HOME;
        }
        return next;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
