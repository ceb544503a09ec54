package ru.trajectory.identity.entity;

/** What a role assignment is limited to. GLOBAL is reserved for administrators. */
public enum ScopeType {
    SCHOOL,
    MUNICIPALITY,
    REGION,
    GLOBAL
}
