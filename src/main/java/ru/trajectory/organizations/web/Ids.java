package ru.trajectory.organizations.web;

import ru.trajectory.platform.errors.NotFoundException;

/**
 * Ids from page addresses. A malformed id is answered like an unknown one (404), not with a
 * conversion message on an empty page.
 */
final class Ids {

    private Ids() {
    }

    static long parse(String value, String notFoundMessage) {
        if (value == null || value.isBlank() || value.length() > 18 || !value.strip().chars().allMatch(Character::isDigit)) {
            throw new NotFoundException(notFoundMessage);
        }
        return Long.parseLong(value.strip());
    }
}
