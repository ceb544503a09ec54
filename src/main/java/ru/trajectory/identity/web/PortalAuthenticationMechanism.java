package ru.trajectory.identity.web;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.auth.message.callback.CallerPrincipalCallback;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import ru.trajectory.identity.service.ApiTokens;
import ru.trajectory.identity.service.Authentication;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.identity.service.SignInResult;
import ru.trajectory.platform.api.Problems;

/**
 * One mechanism for both doors of the portal. Pages: the sign-in page hands a login and
 * password here through {@code SecurityContext.authenticate}; the session then carries the
 * caller. API: every request brings {@code Authorization: Bearer}, and no session is made.
 * An anonymous request for a protected page is sent to the sign-in page; for the API it gets
 * 401 as problem+json.
 */
@ApplicationScoped
public class PortalAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute through which the sign-in page learns why a sign-in failed. */
    public static final String RESULT_ATTRIBUTE = PortalAuthenticationMechanism.class.getName() + ".result";
    public static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    Authentication authentication;

    @Inject
    ApiTokens tokens;

    @Inject
    CurrentCaller currentCaller;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential form) {
            return signIn(form, request, context);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            var holder = tokens.resolve(authorization.substring(7));
            if (holder.isPresent()) {
                currentCaller.resolvedByToken(holder.get().caller());
                return context.notifyContainerAboutLogin(holder.get().login(), holder.get().groups());
            }
            if (context.isProtected()) {
                return refuseApi(response, "Токен недействителен или истёк");
            }
            return context.doNothing();
        }
        Principal sessionCaller = request.getUserPrincipal();
        if (sessionCaller != null) {
            // Re-apply the caller that the session registered at sign-in.
            return reapply(sessionCaller, context);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        if (isApi(request)) {
            return refuseApi(response, "Требуется вход: передайте заголовок Authorization: Bearer <токен>");
        }
        return redirectToSignIn(request, response);
    }

    private AuthenticationStatus signIn(UsernamePasswordCredential form, HttpServletRequest request,
                                        HttpMessageContext context) {
        SignInResult result = authentication.signIn(form.getCaller(), form.getPassword().getValue(),
                request.getRemoteAddr());
        request.setAttribute(RESULT_ATTRIBUTE, result);
        if (!result.succeeded()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        context.setRegisterSession(result.login(), result.groups());
        return context.notifyContainerAboutLogin(result.login(), result.groups());
    }

    private static AuthenticationStatus reapply(Principal principal, HttpMessageContext context)
            throws AuthenticationException {
        try {
            context.getHandler().handle(new javax.security.auth.callback.Callback[] {
                    new CallerPrincipalCallback(context.getClientSubject(), principal)});
        } catch (IOException | javax.security.auth.callback.UnsupportedCallbackException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SUCCESS;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static AuthenticationStatus refuseApi(HttpServletResponse response, String detail)
            throws AuthenticationException {
        try {
            response.setHeader("WWW-Authenticate", "Bearer");
            Problems.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Требуется вход", detail);
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpServletResponse response)
            throws AuthenticationException {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String url = request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An ajax request whose session expired: Faces only follows a partial-response redirect.
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(url);
            }
        } catch (IOException e) {
            throw new AuthenticationException(e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
