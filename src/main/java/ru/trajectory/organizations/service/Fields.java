package ru.trajectory.organizations.service;

import java.util.List;
import java.util.regex.Pattern;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/** Field checks with Russian messages, shared by the module's services and the import. */
final class Fields {

    static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    private Fields() {
    }

    static void required(List<FieldError> errors, String field, String value, int max, String label) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, label + ": обязательное поле"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, label + ": не длиннее " + max + " символов"));
        }
    }

    static void optional(List<FieldError> errors, String field, String value, int max, String label) {
        if (value != null && value.strip().length() > max) {
            errors.add(new FieldError(field, label + ": не длиннее " + max + " символов"));
        }
    }

    static void email(List<FieldError> errors, String field, String value) {
        if (value != null && !value.isBlank()) {
            String v = value.strip();
            if (v.length() > 254 || !EMAIL.matcher(v).matches()) {
                errors.add(new FieldError(field, "Электронная почта указана неверно: «" + abbreviate(v) + "»"));
            }
        }
    }

    static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
