package ru.trajectory.diagnostics.entity;

/** DRAFT → PUBLISHED → ARCHIVED, shared by frameworks and instruments. Published versions never change. */
public enum Lifecycle {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
