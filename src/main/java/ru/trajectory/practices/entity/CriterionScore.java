package ru.trajectory.practices.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An expert's score of one criterion, 1 to 5, with an optional comment for the authors. */
@Embeddable
public class CriterionScore {

    public static final int MIN = 1;
    public static final int MAX = 5;
    public static final int COMMENT_MAX = 2000;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ReviewCriterion criterion;

    @Column(nullable = false)
    private int score;

    @Column(length = COMMENT_MAX)
    private String comment;

    protected CriterionScore() {
    }

    public CriterionScore(ReviewCriterion criterion, int score, String comment) {
        if (score < MIN || score > MAX) {
            throw new IllegalArgumentException("A criterion is scored from 1 to 5: " + score);
        }
        if (comment != null && comment.length() > COMMENT_MAX) {
            throw new IllegalArgumentException("Comment too long");
        }
        this.criterion = Objects.requireNonNull(criterion, "criterion");
        this.score = score;
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    public ReviewCriterion getCriterion() {
        return criterion;
    }

    public int getScore() {
        return score;
    }

    public String getComment() {
        return comment;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CriterionScore other && criterion == other.criterion && score == other.score
                && Objects.equals(comment, other.comment);
    }

    @Override
    public int hashCode() {
        return Objects.hash(criterion, score, comment);
    }
}
