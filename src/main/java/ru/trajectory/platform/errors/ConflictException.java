package ru.trajectory.platform.errors;

/**
 * The request is valid but the thing it acts on has moved on (already submitted, changed by
 * someone else): 409 for the API, a message on the page.
 */
public class ConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConflictException(String message) {
        super(message);
    }
}
