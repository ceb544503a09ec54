package ru.trajectory.diagnostics.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.diagnostics.entity.CompetencyFramework;
import ru.trajectory.diagnostics.service.AuthoringViews.CompetencyView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkView;
import ru.trajectory.diagnostics.service.Frameworks;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.PageRequest;

/**
 * {@code /competencies}: the competencies of the current published «Педагог» framework, and
 * adding one. An addition goes to the framework's draft version and is seen here only after
 * {@code POST /frameworks/PEDAGOG/publish}; the 201 answer points at that draft.
 */
@Path("competencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompetencyResource {

    @Inject
    Frameworks frameworks;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        FrameworkView framework = frameworks.current(CompetencyFramework.PEDAGOG);
        List<CompetencyView> all = framework.getAllCompetencies();
        JsonArrayBuilder items = Json.createArrayBuilder();
        request.slice(all).getItems().forEach(c -> items.add(AuthoringJson.competency(c)));
        return Json.createObjectBuilder()
                .add("items", items)
                .add("total", all.size())
                .add("framework", Json.createObjectBuilder().add("code", framework.getCode())
                        .add("version", framework.getVersion()))
                .build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(String body) {
        JsonBody json = JsonBody.parse(body);
        String code = json.string("code");
        String name = json.string("name");
        String area = json.string("area");
        String subject = json.string("subject");
        String description = json.string("description");
        json.throwIfInvalid();
        FrameworkView draft = frameworks.addCompetency(CompetencyFramework.PEDAGOG, code, name, area, subject, description);
        CompetencyView added = draft.getAllCompetencies().stream().filter(c -> c.getCode().equals(code.strip()))
                .findFirst().orElseThrow();
        JsonObject entity = Json.createObjectBuilder(AuthoringJson.competency(added))
                .add("framework", Json.createObjectBuilder().add("code", draft.getCode())
                        .add("version", draft.getVersion()).add("status", draft.getStatus().name()))
                .build();
        return Response.created(uri.getBaseUriBuilder().path("frameworks").path(draft.getCode()).path("draft").build())
                .entity(entity).build();
    }
}
