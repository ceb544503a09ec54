package ru.trajectory.diagnostics.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A line of a person's deficit profile: the current level of one competency and the evidence
 * it rests on. Kept up to date on every new piece of evidence, so heat maps only count rows.
 */
@Entity
@Table(name = "competency_level")
@NamedQuery(name = CompetencyLevel.OF_PERSON,
        query = "SELECT l FROM CompetencyLevel l WHERE l.key.personId = :personId ORDER BY l.key.competencyCode")
public class CompetencyLevel {

    public static final String OF_PERSON = "CompetencyLevel.ofPerson";

    @EmbeddedId
    private Key key;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;

    @Column(name = "score_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal scorePercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EvidenceSource source;

    @Column(name = "measured_at", nullable = false)
    private Instant measuredAt;

    @Column(name = "attempt_id")
    private Long attemptId;

    @Column(name = "external_result_id")
    private Long externalResultId;

    protected CompetencyLevel() {
    }

    public CompetencyLevel(long personId, String competencyCode) {
        this.key = new Key(personId, competencyCode);
    }

    public void rest(Evidence evidence) {
        this.level = evidence.level();
        this.scorePercent = evidence.percent();
        this.source = evidence.source();
        this.measuredAt = evidence.measuredAt();
        this.attemptId = evidence.attemptId();
        this.externalResultId = evidence.externalResultId();
    }

    public long getPersonId() {
        return key.personId;
    }

    public String getCompetencyCode() {
        return key.competencyCode;
    }

    public Level getLevel() {
        return level;
    }

    public BigDecimal getScorePercent() {
        return scorePercent;
    }

    public EvidenceSource getSource() {
        return source;
    }

    public Instant getMeasuredAt() {
        return measuredAt;
    }

    public Long getAttemptId() {
        return attemptId;
    }

    public Long getExternalResultId() {
        return externalResultId;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "person_id")
        private long personId;

        @Column(name = "competency_code", length = 32)
        private String competencyCode;

        protected Key() {
        }

        Key(long personId, String competencyCode) {
            this.personId = personId;
            this.competencyCode = competencyCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.personId == personId && Objects.equals(k.competencyCode, competencyCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(personId, competencyCode);
        }
    }
}
