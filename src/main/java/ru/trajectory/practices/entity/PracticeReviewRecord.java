package ru.trajectory.practices.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One expert's decision on a practice with a score and comment per criterion. Immutable once
 * written: a resubmitted practice gets a new review, so the authors can see the history.
 * (Named «…Record» so it does not clash with the service {@code PracticeReview}.)
 */
@Entity
@Table(name = "practice_review")
@NamedQuery(name = PracticeReviewRecord.OF_PRACTICE, query = "SELECT r FROM PracticeReviewRecord r "
        + "WHERE r.practiceId = :practiceId ORDER BY r.createdAt DESC, r.id DESC")
@NamedQuery(name = PracticeReviewRecord.REVIEWERS_OF_PRACTICE, query = "SELECT DISTINCT r.reviewerId "
        + "FROM PracticeReviewRecord r WHERE r.practiceId = :practiceId")
public class PracticeReviewRecord {

    public static final String OF_PRACTICE = "PracticeReviewRecord.ofPractice";
    public static final String REVIEWERS_OF_PRACTICE = "PracticeReviewRecord.reviewersOfPractice";
    public static final int COMMENT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @Column(name = "reviewer_id", nullable = false)
    private Long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReviewDecision decision;

    @Column(length = COMMENT_MAX)
    private String comment;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_review_score", joinColumns = @JoinColumn(name = "review_id"))
    private List<CriterionScore> scores = new ArrayList<>();

    protected PracticeReviewRecord() {
    }

    /**
     * @throws IllegalArgumentException when a criterion is scored twice, or a return comes
     *     without any comment (the authors must learn what to change)
     */
    public PracticeReviewRecord(long practiceId, long reviewerId, ReviewDecision decision, String comment,
                                List<CriterionScore> scores, Instant now) {
        Set<ReviewCriterion> seen = EnumSet.noneOf(ReviewCriterion.class);
        for (CriterionScore score : scores) {
            if (!seen.add(score.getCriterion())) {
                throw new IllegalArgumentException("Criterion scored twice: " + score.getCriterion());
            }
        }
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("Comment too long");
        }
        if (decision == ReviewDecision.RETURNED && text == null
                && scores.stream().allMatch(s -> s.getComment() == null)) {
            throw new IllegalArgumentException("A returned practice needs a comment");
        }
        this.practiceId = practiceId;
        this.reviewerId = reviewerId;
        this.decision = Objects.requireNonNull(decision);
        this.comment = text;
        this.scores.addAll(scores);
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public ReviewDecision getDecision() {
        return decision;
    }

    public String getComment() {
        return comment;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<CriterionScore> getScores() {
        return List.copyOf(scores);
    }
}
