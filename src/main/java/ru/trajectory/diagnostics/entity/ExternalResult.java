package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A result of an external (federal) diagnostic, imported for one person and competency. */
@Entity
@Table(name = "external_result")
public class ExternalResult {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "competency_code", nullable = false, length = 32)
    private String competencyCode;

    @Column(name = "score_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal scorePercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Level level;

    @Column(name = "measured_on", nullable = false)
    private LocalDate measuredOn;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    protected ExternalResult() {
    }

    public ExternalResult(long personId, String competencyCode, BigDecimal scorePercent, LocalDate measuredOn,
                          Instant importedAt, String importedBy) {
        if (scorePercent.signum() < 0 || scorePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A score is a percentage from 0 to 100");
        }
        this.personId = personId;
        this.competencyCode = competencyCode;
        this.scorePercent = scorePercent;
        this.level = Level.byDefault(scorePercent);
        this.measuredOn = measuredOn;
        this.importedAt = importedAt;
        this.importedBy = importedBy;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
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

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }
}
