package ru.trajectory.practices.search;

import java.time.Instant;
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
 * @param dated when it was published (or written, for a draft), for sorting by date
 * @param applications how many teachers apply it, for sorting by popularity
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
        Set<Long> visibleTo,
        Instant dated,
        long applications) {

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
        dated = dated == null ? Instant.EPOCH : dated;
    }

    /** A practice with no date and no applications, as tests and generated banks describe one. */
    public PracticeDocument(long id, String title, String summary, String body, String attachmentText,
                            Set<String> subjects, Set<String> levels, Set<String> competencyCodes, Set<String> tags,
                            Set<String> targetGroups, String municipality, Integer year, String status,
                            Set<Long> visibleTo) {
        this(id, title, summary, body, attachmentText, subjects, levels, competencyCodes, tags, targetGroups,
                municipality, year, status, visibleTo, null, 0);
    }

    private static Set<String> copy(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }
}
