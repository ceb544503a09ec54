package ru.trajectory.practices.search;

import java.util.Objects;
import java.util.Set;

/**
 * What the index knows about one practice. The caller has already stripped HTML from
 * {@code body} and extracted {@code attachmentText}; the index stores these texts for snippets
 * but is never asked for them otherwise, the database stays the source of truth.
 *
 * @param status the review state's name; only {@link #PUBLISHED} is visible to everyone
 * @param visibleTo person ids (authors, co-authors, reviewers) who see the practice whatever
 *     its status
 */
public record PracticeDocument(
        long id,
        String title,
        String summary,
        String body,
        String attachmentText,
        Set<String> subjects,
        Set<String> levels,
        Set<String> competencyCodes,
        Set<String> tags,
        Set<String> targetGroups,
        String municipality,
        Integer year,
        String status,
        Set<Long> visibleTo) {

    public static final String PUBLISHED = "PUBLISHED";

    public PracticeDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        attachmentText = attachmentText == null ? "" : attachmentText;
        subjects = copy(subjects);
        levels = copy(levels);
        competencyCodes = copy(competencyCodes);
        tags = copy(tags);
        targetGroups = copy(targetGroups);
        visibleTo = visibleTo == null ? Set.of() : Set.copyOf(visibleTo);
    }

    private static Set<String> copy(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
