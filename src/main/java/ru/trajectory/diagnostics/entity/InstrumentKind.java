package ru.trajectory.diagnostics.entity;

/** A scored test, or a self-assessment on a 1–5 scale. */
public enum InstrumentKind {
    TEST,
    SELF_ASSESSMENT;

    public EvidenceSource source() {
        return this == TEST ? EvidenceSource.TEST : EvidenceSource.SELF_ASSESSMENT;
    }
}
