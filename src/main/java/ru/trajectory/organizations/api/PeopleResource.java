package ru.trajectory.organizations.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.StaffImport;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.ImportReportJson;
import ru.trajectory.platform.api.Uploads;

/** {@code GET /people/{id}} as far as the caller may see, and the staff import. */
@Path("people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    People people;

    @Inject
    StaffImport staffImport;

    @GET
    @Path("{id}")
    public PersonJson get(@PathParam("id") String id) {
        return PersonJson.of(people.view(Ids.path(id, "Человек не найден")));
    }

    /**
     * CSV or XLSX as the raw request body; the file kind is told from its content, so the
     * generic octet-stream of scripts is accepted too. A file with refused rows answers 400
     * (see ImportRejectedMapper) unless {@code partial=true}.
     */
    @POST
    @Path("import")
    @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
    public ImportReportJson importStaff(@QueryParam("partial") String partial, InputStream body) throws IOException {
        return ImportReportJson.of(staffImport.importStaff(Uploads.read(body), Uploads.partial(partial)));
    }
}
