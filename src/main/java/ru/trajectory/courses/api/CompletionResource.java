package ru.trajectory.courses.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
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
 * ({@code {"hours", "date", "firstCertificateNumber"}}) or, with {@code "enrollmentIds"}, the chosen
 * participants; {@code .../completions/import} takes a file.
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
        List<Long> chosen = enrollmentIds(json.json().get("enrollmentIds"));
        json.throwIfInvalid();
        Integer h;
        try {
            h = hours == null ? null : Integer.valueOf(hours.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailure.of("hours", "Часы — целое число");
        }
        int completed = chosen == null ? completions.completeGroup(sessionId, h, date, first)
                : completions.completeSelected(sessionId, chosen, h, date, first);
        return Json.createObjectBuilder().add("completed", completed).build();
    }

    /** The chosen participants, or null for the whole group. */
    private static List<Long> enrollmentIds(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonArray array)) {
            throw ValidationFailure.of("enrollmentIds", "Ожидается массив идентификаторов записей");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue item : array) {
            Long parsed = item instanceof JsonString s ? Ids.parse(s.getString()) : null;
            if (parsed == null) {
                throw ValidationFailure.of("enrollmentIds", "Идентификатор записи — строка из цифр");
            }
            ids.add(parsed);
        }
        return ids;
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
