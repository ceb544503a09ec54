package ru.trajectory.diagnostics.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The score of one competency in a finished attempt; never recomputed afterwards. */
@Entity
@Table(name = "attempt_result")
public class AttemptResult {

    @EmbeddedId
    private Key key;

    @Column(name = "competency_code", nullable = false, length = 32)
    private String competencyCode;

    @Column(name = "score_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal scorePercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;

    protected AttemptResult() {
    }

    AttemptResult(long attemptId, CompetencyScore score) {
        this.key = new Key(attemptId, score.competency().getId());
        this.competencyCode = score.competency().getCode();
        this.scorePercent = score.percent();
        this.level = score.level();
    }

    public long getAttemptId() {
        return key.attemptId;
    }

    public long getCompetencyId() {
        return key.competencyId;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public BigDecimal getScorePercent() {
        return scorePercent;
    }

    public Level getLevel() {
        return level;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "attempt_id")
        private long attemptId;

        @Column(name = "competency_id")
        private long competencyId;

        protected Key() {
        }

        Key(long attemptId, long competencyId) {
            this.attemptId = attemptId;
            this.competencyId = competencyId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.competencyId == competencyId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, competencyId);
        }
    }
}
