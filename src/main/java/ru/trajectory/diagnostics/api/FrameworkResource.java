package ru.trajectory.diagnostics.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkVersionView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkView;
import ru.trajectory.diagnostics.service.Frameworks;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * {@code /frameworks/{code}}: the current published version with areas and competencies, its
 * versions, the pending draft, and publishing that draft (methodologists).
 */
@Path("frameworks/{code}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FrameworkResource {

    @Inject
    Frameworks frameworks;

    @GET
    public JsonObject current(@PathParam("code") String code) {
        return AuthoringJson.framework(frameworks.current(code));
    }

    @GET
    @Path("versions")
    public JsonObject versions(@PathParam("code") String code) {
        List<FrameworkVersionView> versions = frameworks.versions(code);
        JsonArrayBuilder items = Json.createArrayBuilder();
        versions.forEach(v -> items.add(AuthoringJson.version(v)));
        return Json.createObjectBuilder().add("items", items).add("total", versions.size()).build();
    }

    @GET
    @Path("draft")
    public JsonObject draft(@PathParam("code") String code) {
        FrameworkView draft = frameworks.draft(code);
        if (draft == null) {
            throw new NotFoundException("У рамки нет черновика: все изменения опубликованы");
        }
        return AuthoringJson.framework(draft);
    }

    @POST
    @Path("publish")
    public JsonObject publish(@PathParam("code") String code) {
        return AuthoringJson.framework(frameworks.publishDraft(code));
    }
}
