package ru.trajectory.organizations.entity;

/** Guards shared by the territory entities: names are trimmed and never blank. */
final class Names {

    private Names() {
    }

    static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
