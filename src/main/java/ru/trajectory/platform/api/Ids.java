package ru.trajectory.platform.api;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Ids travel as strings (API.md). A path id that is not a number names nothing (404); a
 * query id that is not a number is a malformed request (400 with the parameter named).
 */
public final class Ids {

    private Ids() {
    }

    public static long path(String value, String notFoundMessage) {
        Long id = parse(value);
        if (id == null) {
            throw new NotFoundException(notFoundMessage);
        }
        return id;
    }

    /** Null when the parameter is absent; 400 when it is present but not an id. */
    public static Long query(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Long id = parse(value);
        if (id == null) {
            throw new ValidationFailure(java.util.List.of(new FieldError(parameter,
                    "Идентификатор — положительное целое число, а не «" + abbreviate(value) + "»")));
        }
        return id;
    }

    /** A positive long, or null when the text is not one. */
    public static Long parse(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        if (s.isEmpty() || s.length() > 19 || !s.chars().allMatch(Character::isDigit)) {
            return null;
        }
        try {
            long id = Long.parseLong(s);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public static String text(Long id) {
        return id == null ? null : id.toString();
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
