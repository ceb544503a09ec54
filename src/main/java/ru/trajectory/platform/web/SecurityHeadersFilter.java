package ru.trajectory.platform.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser hardening headers on every response. PrimeFaces' CSP mode sends its own
 * {@code script-src 'self' 'nonce-…'} policy; this filter adds a second policy for
 * everything else. Browsers enforce every policy they receive, so the two combine, and
 * the second one deliberately says nothing about scripts to leave the nonces working.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String POLICY = "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'";

    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    /** Marks a request whose response already got the headers: an error dispatch must not add them twice. */
    private static final String APPLIED = SecurityHeadersFilter.class.getName() + ".applied";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(APPLIED) == null) {
            request.setAttribute(APPLIED, Boolean.TRUE);
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Permissions-Policy", PERMISSIONS);
            // addHeader, not setHeader: PrimeFaces adds its script policy as a header of the same name.
            response.addHeader("Content-Security-Policy", POLICY);
            if (!isStaticResource(request)) {
                // Pages show personal data: no copy may stay in a shared computer's cache.
                response.setHeader("Cache-Control", "no-store");
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/jakarta.faces.resource/") || path.startsWith("/assets/");
    }
}
