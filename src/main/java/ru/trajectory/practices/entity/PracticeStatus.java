package ru.trajectory.practices.entity;

/** Where a practice stands in the review workflow. */
public enum PracticeStatus {
    DRAFT, ON_REVIEW, PUBLISHED, RETURNED, ARCHIVED;

    /** Authors edit only what no expert is looking at and nobody reads as published. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
