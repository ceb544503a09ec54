package ru.trajectory.platform.api;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import ru.trajectory.platform.importing.ImportRejected;
import ru.trajectory.platform.importing.ImportReport;

/**
 * A refused import file: a 400 problem that also carries the import report as extension
 * members ({@code created}, {@code updated}, {@code rejected}), so that a client reads the
 * same row list whether the file was refused or partially applied.
 */
@Provider
public class ImportRejectedMapper implements ExceptionMapper<ImportRejected> {

    @Override
    public Response toResponse(ImportRejected e) {
        return Response.status(400)
                .type(MediaType.valueOf(Problems.MEDIA_TYPE + ";charset=UTF-8"))
                .entity(body(e).toString())
                .build();
    }

    static JsonObject body(ImportRejected e) {
        ImportReport report = e.getReport();
        long rows = report.rejected().stream().mapToInt(ImportReport.RejectedRow::row).distinct().count();
        JsonObject problem = Problems.body(400, StatusTitles.of(400),
                "Файл не принят: строк с ошибками — " + rows + "; ничего не изменено", e.getErrors());
        return Json.createObjectBuilder(problem)
                .add("created", report.created())
                .add("updated", report.updated())
                .add("rejected", ImportReportJson.rejectedRows(report))
                .build();
    }
}
