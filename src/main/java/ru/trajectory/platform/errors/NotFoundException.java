package ru.trajectory.platform.errors;

/**
 * Nothing with that id exists, or its existence must not leak to this caller:
 * both look the same from outside (404).
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(String message) {
        super(message);
    }
}
