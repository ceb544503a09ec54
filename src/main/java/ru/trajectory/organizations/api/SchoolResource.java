package ru.trajectory.organizations.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.SchoolDirectory;
import ru.trajectory.organizations.service.SchoolView;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.Page;
import ru.trajectory.platform.api.PageRequest;

/**
 * {@code /schools}: the list (filters {@code regionId}, {@code municipalityId}), a school
 * with its program years, its flags per year, and its staff.
 */
@Path("schools")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SchoolResource {

    private static final String NO_SCHOOL = "Школа не найдена";

    @Inject
    SchoolDirectory directory;

    @Inject
    People people;

    @Context
    UriInfo uri;

    @GET
    public Page<SchoolJson> list(@QueryParam("regionId") String regionId,
                                 @QueryParam("municipalityId") String municipalityId,
                                 @QueryParam("page") String page, @QueryParam("size") String size) {
        Long region = Ids.query(regionId, "regionId");
        Long municipality = Ids.query(municipalityId, "municipalityId");
        PageRequest p = PageRequest.of(page, size);
        return new Page<>(directory.schools(region, municipality, p.first(), p.size()).stream()
                .map(s -> SchoolJson.of(s, false)).toList(), directory.countSchools(region, municipality));
    }

    @GET
    @Path("{id}")
    public SchoolJson get(@PathParam("id") String id) {
        return SchoolJson.of(directory.school(Ids.path(id, NO_SCHOOL)), true);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        Long municipalityId = json.id("municipalityId");
        String name = json.string("name");
        String shortName = json.string("shortName");
        String settlement = json.string("settlement");
        String address = json.string("address");
        json.throwIfInvalid();
        SchoolView created = directory.createSchool(municipalityId, name, shortName, settlement, address);
        return Created.at(uri, Long.toString(created.id()), SchoolJson.of(created, true));
    }

    @PUT
    @Path("{id}/program-years/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgramYearJson setProgramYear(@PathParam("id") String id, @PathParam("year") String year, String body) {
        long schoolId = Ids.path(id, NO_SCHOOL);
        int programYear = programYear(year);
        JsonBody json = JsonBody.parse(body);
        boolean low = json.flag("lowResults");
        boolean adverse = json.flag("adverseConditions");
        boolean high = json.flag("highResults");
        json.throwIfInvalid();
        return ProgramYearJson.of(directory.setProgramYear(schoolId, programYear, low, adverse, high));
    }

    @GET
    @Path("{id}/staff")
    public Page<PersonJson> staff(@PathParam("id") String id, @QueryParam("page") String page,
                                  @QueryParam("size") String size) {
        long schoolId = Ids.path(id, NO_SCHOOL);
        PageRequest p = PageRequest.of(page, size);
        return new Page<>(people.staff(schoolId, p.first(), p.size()).stream().map(PersonJson::of).toList(),
                people.countStaff(schoolId));
    }

    /** A year in the path that is not a number names no resource (404); the range is the service's rule (400). */
    private static int programYear(String year) {
        Long parsed = Ids.parse(year);
        if (parsed == null || parsed > 9999) {
            throw new ru.trajectory.platform.errors.NotFoundException("Нет такого года программы: «" + year + "»");
        }
        return parsed.intValue();
    }
}
