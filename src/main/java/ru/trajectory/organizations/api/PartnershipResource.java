package ru.trajectory.organizations.api;

import java.util.List;

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

import ru.trajectory.organizations.service.PartnershipView;
import ru.trajectory.organizations.service.SchoolDirectory;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.Page;
import ru.trajectory.platform.api.PageRequest;

/**
 * {@code /partnerships}: agreements of one school ({@code ?schoolId=}) or, without it, those
 * the caller manages; created by the school's municipal coordinator or the regional operator.
 */
@Path("partnerships")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipResource {

    @Inject
    SchoolDirectory directory;

    @Context
    UriInfo uri;

    @GET
    public Page<PartnershipJson> list(@QueryParam("schoolId") String schoolId, @QueryParam("page") String page,
                                      @QueryParam("size") String size) {
        Long school = Ids.query(schoolId, "schoolId");
        PageRequest p = PageRequest.of(page, size);
        // Both service lists are bounded (one school's, or one territory's), so they are paged in memory.
        List<PartnershipView> all = school == null ? directory.managedPartnerships() : directory.partnershipsOf(school);
        return p.slice(all.stream().map(PartnershipJson::of).toList());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        Long schoolId = json.id("schoolId");
        Long partnerSchoolId = json.id("partnerSchoolId");
        String agreementNumber = json.string("agreementNumber");
        var from = json.date("from");
        var to = json.date("to");
        json.throwIfInvalid();
        PartnershipView created = directory.createPartnership(schoolId, partnerSchoolId, agreementNumber, from, to);
        return Created.at(uri, Long.toString(created.id()), PartnershipJson.of(created));
    }
}
