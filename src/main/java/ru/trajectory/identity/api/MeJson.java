package ru.trajectory.identity.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

/** The signed-in account: {@code {personId, login, fullName, roles: [{role, scopeType, scopeId}]}}. */
@JsonbPropertyOrder({"personId", "login", "fullName", "roles"})
public class MeJson {

    public String personId;
    public String login;
    public String fullName;
    public List<RoleJson> roles;

    @JsonbPropertyOrder({"role", "scopeType", "scopeId"})
    public static class RoleJson {
        public String role;
        public String scopeType;
        /** Absent for a GLOBAL scope. */
        public String scopeId;
    }
}
