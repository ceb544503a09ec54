package ru.trajectory.organizations.entity;

/** Городская или сельская школа: programs report the two separately. */
public enum Settlement {
    CITY,
    RURAL
}
