package ru.trajectory.practices.search;

import java.util.Locale;
import java.util.Optional;

/** How hits are ordered: the search page's «по релевантности», «по дате», «по числу применяющих». */
public enum SearchSort {
    RELEVANCE, DATE, APPLICATIONS;

    /** The sort named in a request parameter (any case), or empty for an unknown name. */
    public static Optional<SearchSort> parse(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of(RELEVANCE);
        }
        try {
            return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
