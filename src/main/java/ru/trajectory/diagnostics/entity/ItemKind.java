package ru.trajectory.diagnostics.entity;

/** Single choice, multiple choice (partial credit), or a 1–5 scale of a self-assessment. */
public enum ItemKind {
    SINGLE,
    MULTIPLE,
    SCALE
}
