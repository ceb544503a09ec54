package ru.trajectory.practices.service;

import java.util.List;

/**
 * A practice as the authors submit it (API.md: {@code {title, summary, body, authorIds[],
 * subjects[], levels[], competencyCodes[], tags[], targetGroups[]}} plus problem and evidence).
 * Raw: {@link PracticeAuthoring} checks every field and reports all errors at once in Russian.
 *
 * @param authorIds co-authors' person ids; the caller is always the lead author of a new practice
 * @param levels NOO, OOO, SOO
 * @param targetGroups codes of {@link ru.trajectory.practices.entity.TargetGroup}
 */
public record PracticeInput(String title, String summary, String body, String problem, String evidence,
                            List<Long> authorIds, List<String> subjects, List<String> levels,
                            List<String> competencyCodes, List<String> tags, List<String> targetGroups) {
}
