package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Levels of one competency for one instrument: deficit below, proficient from (percent). */
@Embeddable
public class Threshold {

    @Column(name = "competency_code", nullable = false, length = 32)
    private String competencyCode;

    @Column(name = "deficit_below", nullable = false, precision = 5, scale = 2)
    private BigDecimal deficitBelow;

    @Column(name = "proficient_from", nullable = false, precision = 5, scale = 2)
    private BigDecimal proficientFrom;

    protected Threshold() {
    }

    public Threshold(String competencyCode, BigDecimal deficitBelow, BigDecimal proficientFrom) {
        this.competencyCode = Objects.requireNonNull(competencyCode);
        if (deficitBelow.signum() < 0 || deficitBelow.compareTo(proficientFrom) > 0
                || proficientFrom.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 ≤ deficit ≤ proficient ≤ 100");
        }
        this.deficitBelow = deficitBelow;
        this.proficientFrom = proficientFrom;
    }

    public Level levelOf(BigDecimal percent) {
        return Level.of(percent, deficitBelow, proficientFrom);
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public BigDecimal getDeficitBelow() {
        return deficitBelow;
    }

    public BigDecimal getProficientFrom() {
        return proficientFrom;
    }
}
