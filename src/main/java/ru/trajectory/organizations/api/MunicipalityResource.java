package ru.trajectory.organizations.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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

import ru.trajectory.organizations.service.MunicipalityView;
import ru.trajectory.organizations.service.SchoolDirectory;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.Page;
import ru.trajectory.platform.api.PageRequest;

/** {@code GET/POST /municipalities}, the list filtered by {@code ?regionId=}. */
@Path("municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MunicipalityResource {

    @Inject
    SchoolDirectory directory;

    @Context
    UriInfo uri;

    @GET
    public Page<MunicipalityJson> list(@QueryParam("regionId") String regionId, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        Long region = Ids.query(regionId, "regionId");
        PageRequest p = PageRequest.of(page, size);
        return new Page<>(directory.municipalities(region, p.first(), p.size()).stream()
                .map(MunicipalityJson::of).toList(), directory.countMunicipalities(region));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        Long regionId = json.id("regionId");
        String name = json.string("name");
        json.throwIfInvalid();
        MunicipalityView created = directory.createMunicipality(regionId, name);
        return Created.at(uri, Long.toString(created.id()), MunicipalityJson.of(created));
    }
}
