package ru.trajectory.practices.entity;

import java.util.Objects;
import java.util.Set;

/**
 * A practice's text and tags as the authors wrote them, already checked and sanitised by the
 * service; the record only makes sure nothing is null or oversized on the way to the entity.
 */
public record PracticeContent(String title, String summary, String body, String problem, String evidence,
                              Set<String> subjects, Set<EducationLevel> levels, Set<String> competencyCodes,
                              Set<String> tags, Set<TargetGroup> targetGroups) {

    public PracticeContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        if (title.length() > Practice.TITLE_MAX || summary.length() > Practice.SUMMARY_MAX
                || body.length() > Practice.BODY_MAX
                || (problem != null && problem.length() > Practice.TEXT_MAX)
                || (evidence != null && evidence.length() > Practice.TEXT_MAX)) {
            throw new IllegalArgumentException("Practice text over its limit");
        }
        subjects = Set.copyOf(subjects == null ? Set.of() : subjects);
        levels = Set.copyOf(levels == null ? Set.of() : levels);
        competencyCodes = Set.copyOf(competencyCodes == null ? Set.of() : competencyCodes);
        tags = Set.copyOf(tags == null ? Set.of() : tags);
        targetGroups = Set.copyOf(targetGroups == null ? Set.of() : targetGroups);
    }
}
