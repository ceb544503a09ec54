package ru.trajectory.platform.errors;

/**
 * The caller is signed in but their roles and scope do not cover the request:
 * 403 for the API, the portal's «нет доступа» page for pages.
 */
public class AccessDeniedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String message) {
        super(message);
    }
}
