package ru.trajectory.identity.entity;

import java.util.EnumSet;
import java.util.Set;

/** The roles of DESIGN.md section 3, each with the kinds of scope it may be given. */
public enum Role {
    TEACHER(ScopeType.SCHOOL),
    MENTOR(ScopeType.SCHOOL),
    METHODOLOGIST(ScopeType.REGION),
    SCHOOL_ADMIN(ScopeType.SCHOOL),
    MUNICIPAL_COORDINATOR(ScopeType.MUNICIPALITY),
    REGIONAL_OPERATOR(ScopeType.REGION),
    ADMIN(ScopeType.GLOBAL, ScopeType.REGION);

    /** Role names as the container knows them (security groups). */
    public static final String TEACHER_NAME = "TEACHER";
    public static final String MENTOR_NAME = "MENTOR";
    public static final String METHODOLOGIST_NAME = "METHODOLOGIST";
    public static final String SCHOOL_ADMIN_NAME = "SCHOOL_ADMIN";
    public static final String MUNICIPAL_COORDINATOR_NAME = "MUNICIPAL_COORDINATOR";
    public static final String REGIONAL_OPERATOR_NAME = "REGIONAL_OPERATOR";
    public static final String ADMIN_NAME = "ADMIN";

    private final Set<ScopeType> allowedScopes;

    Role(ScopeType first, ScopeType... rest) {
        this.allowedScopes = EnumSet.of(first, rest);
    }

    public boolean allows(ScopeType scopeType) {
        return allowedScopes.contains(scopeType);
    }

    /** Managers see aggregates and school lists of a territory, never a teacher's answers. */
    public boolean isManager() {
        return this == SCHOOL_ADMIN || this == MUNICIPAL_COORDINATOR || this == REGIONAL_OPERATOR || this == ADMIN;
    }
}
