package ru.trajectory.practices.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.TargetGroup;

/** A practice as pages and the API show it; detached, so it can leave the transaction. */
public record PracticeView(long id, String title, String summary, String body, String problem, String evidence,
                           String status, Long schoolId, long regionId, List<Author> authors, Set<String> subjects,
                           Set<String> levels, Set<String> competencyCodes, Set<String> tags,
                           Set<String> targetGroups, BigDecimal reviewScore, Instant createdAt, Instant updatedAt,
                           Instant publishedAt, long applications, long version) {

    public record Author(long personId, boolean lead) {
    }

    static PracticeView of(Practice p, long applications) {
        return new PracticeView(p.getId(), p.getTitle(), p.getSummary(), p.getBody(), p.getProblem(),
                p.getEvidence(), p.getStatus().name(), p.getSchoolId(), p.getRegionId(),
                p.getAuthors().stream().map(a -> new Author(a.getPersonId(), a.isLead())).toList(),
                Set.copyOf(p.getSubjects()),
                names(p.getLevels().stream().map(EducationLevel::name).toList()),
                Set.copyOf(p.getCompetencyCodes()), Set.copyOf(p.getTags()),
                names(p.getTargetGroups().stream().map(TargetGroup::name).toList()),
                p.getReviewScore(), p.getCreatedAt(), p.getUpdatedAt(), p.getPublishedAt(), applications,
                p.getRowVersion());
    }

    private static Set<String> names(List<String> values) {
        return Set.copyOf(values);
    }
}
