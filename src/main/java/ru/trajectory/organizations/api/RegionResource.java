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

import ru.trajectory.organizations.service.RegionView;
import ru.trajectory.organizations.service.SchoolDirectory;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.Page;
import ru.trajectory.platform.api.PageRequest;

/** {@code GET/POST /regions}: read by everyone signed in, created by operators and administrators. */
@Path("regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RegionResource {

    @Inject
    SchoolDirectory directory;

    @Context
    UriInfo uri;

    @GET
    public Page<RegionJson> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest p = PageRequest.of(page, size);
        return new Page<>(directory.regions(p.first(), p.size()).stream().map(RegionJson::of).toList(),
                directory.countRegions());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        String code = json.string("code");
        String name = json.string("name");
        json.throwIfInvalid();
        RegionView created = directory.createRegion(code, name);
        return Created.at(uri, Long.toString(created.id()), RegionJson.of(created));
    }
}
