package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;

/** One competency's result of an attempt. */
public record CompetencyScore(Competency competency, BigDecimal percent, Level level) {
}
