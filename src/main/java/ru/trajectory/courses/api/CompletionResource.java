package ru.trajectory.courses.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.courses.service.Completions;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.ImportReportJson;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.Uploads;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code POST /sessions/{id}/completions} completes the whole group
 * ({@code {"hours", "date", "firstCertificateNumber"}}); {@code .../completions/import} takes a file.
 */
@Path("sessions/{id}/completions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CompletionResource {

    @Inject
    Completions completions;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject group(@PathParam("id") String id, String body) {
        long sessionId = Ids.path(id, "Поток курса не найден");
        JsonBody json = JsonBody.parse(body);
        String hours = json.string("hours");
        var date = json.date("date");
        String first = json.string("firstCertificateNumber");
        json.throwIfInvalid();
        Integer h;
        try {
            h = hours == null ? null : Integer.valueOf(hours.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailure.of("hours", "Часы — целое число");
        }
        return Json.createObjectBuilder().add("completed", completions.completeGroup(sessionId, h, date, first)).build();
    }

    @POST
    @Path("import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    public ImportReportJson importFile(@PathParam("id") String id, @QueryParam("partial") String partial,
                                       InputStream body) throws IOException {
        return ImportReportJson.of(completions.importCsv(Ids.path(id, "Поток курса не найден"), Uploads.read(body),
                Uploads.partial(partial)));
    }
}
