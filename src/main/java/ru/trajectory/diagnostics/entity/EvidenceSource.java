package ru.trajectory.diagnostics.entity;

/**
 * Where a competency level comes from, strongest first: an objective test outranks an
 * external (federal) result, which outranks a self-assessment.
 */
public enum EvidenceSource {
    TEST,
    EXTERNAL,
    SELF_ASSESSMENT;

    /** True when this source decides over the other one. */
    public boolean outranks(EvidenceSource other) {
        return ordinal() < other.ordinal();
    }
}
