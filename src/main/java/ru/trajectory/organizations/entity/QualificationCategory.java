package ru.trajectory.organizations.entity;

/** Квалификационная категория: none, first or highest. */
public enum QualificationCategory {
    NONE,
    FIRST,
    HIGHEST
}
