package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One measurement of one competency of one person, from an attempt or an external result.
 * {@link #decisive} picks what the profile rests on: the strongest source present
 * (test > external > self-assessment), and within it the latest measurement.
 */
public record Evidence(String competencyCode, BigDecimal percent, Level level, EvidenceSource source,
                       Instant measuredAt, Long attemptId, Long externalResultId) {

    private static final Comparator<Evidence> STRENGTH = Comparator
            .comparing((Evidence e) -> -e.source().ordinal())
            .thenComparing(Evidence::measuredAt)
            .thenComparing(e -> e.attemptId() == null ? 0L : e.attemptId())
            .thenComparing(e -> e.externalResultId() == null ? 0L : e.externalResultId());

    public static Optional<Evidence> decisive(Collection<Evidence> evidence) {
        return evidence.stream().max(STRENGTH);
    }

    /** The decisive evidence per competency code. */
    public static Map<String, Evidence> decisivePerCompetency(Collection<Evidence> evidence) {
        return evidence.stream().collect(Collectors.toMap(Evidence::competencyCode, e -> e,
                (a, b) -> STRENGTH.compare(a, b) >= 0 ? a : b));
    }
}
