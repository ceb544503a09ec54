package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;

/** Where a score puts a competency: дефицит, частично сформирована, сформирована. */
public enum Level {
    DEFICIT,
    PARTIAL,
    PROFICIENT;

    public static final BigDecimal DEFAULT_DEFICIT_BELOW = new BigDecimal("60");
    public static final BigDecimal DEFAULT_PROFICIENT_FROM = new BigDecimal("80");

    public static Level of(BigDecimal percent, BigDecimal deficitBelow, BigDecimal proficientFrom) {
        if (percent.compareTo(deficitBelow) < 0) {
            return DEFICIT;
        }
        return percent.compareTo(proficientFrom) < 0 ? PARTIAL : PROFICIENT;
    }

    public static Level byDefault(BigDecimal percent) {
        return of(percent, DEFAULT_DEFICIT_BELOW, DEFAULT_PROFICIENT_FROM);
    }
}
