package ru.trajectory.practices.search;

/** A practice title offered while the user types. */
public record Suggestion(long id, String title) {
}
