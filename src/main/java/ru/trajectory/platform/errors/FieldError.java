package ru.trajectory.platform.errors;

import java.io.Serializable;

/** One rejected field with a message in Russian, meant for the person who typed it. */
public record FieldError(String field, String message) implements Serializable {
}
