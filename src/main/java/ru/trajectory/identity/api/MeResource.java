package ru.trajectory.identity.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.service.People;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;

/** {@code GET /me}: the account behind the bearer token, with its roles and their scopes. */
@Path("me")
@RequestScoped
public class MeResource {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    People people;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public MeJson me() {
        Caller caller = currentCaller.get();
        if (!caller.isSignedIn()) {
            // The authentication mechanism answers 401 first; this covers a disabled account.
            throw new AccessDeniedException("Войдите в систему");
        }
        MeJson json = new MeJson();
        json.personId = Ids.text(caller.personId());
        json.login = caller.login();
        json.fullName = people.fullName(caller.personId()).orElse(null);
        json.roles = caller.grants().stream().map(g -> {
            MeJson.RoleJson role = new MeJson.RoleJson();
            role.role = g.role().name();
            role.scopeType = g.scopeType().name();
            role.scopeId = Ids.text(g.scopeId());
            return role;
        }).toList();
        return json;
    }
}
