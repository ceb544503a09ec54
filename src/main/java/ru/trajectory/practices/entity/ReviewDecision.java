package ru.trajectory.practices.entity;

/** The outcome of one expert review. */
public enum ReviewDecision {
    PUBLISHED, RETURNED
}
