package ru.trajectory.diagnostics.web;

import ru.trajectory.platform.errors.NotFoundException;

/**
 * Numbers from page addresses. A malformed id is answered like an unknown one (404), not with
 * a conversion message on an empty page.
 */
final class DiagnosticIds {

    private DiagnosticIds() {
    }

    static long parse(String value, String notFoundMessage) {
        if (value == null || value.isBlank() || value.strip().length() > 18
                || !value.strip().chars().allMatch(Character::isDigit)) {
            throw new NotFoundException(notFoundMessage);
        }
        return Long.parseLong(value.strip());
    }

    /** A 1-based page number from the address; anything unreadable means the first page. */
    static int pageNumber(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 4
                || !value.strip().chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(value.strip()));
    }
}
