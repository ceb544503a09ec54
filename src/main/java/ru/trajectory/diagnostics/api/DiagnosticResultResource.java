package ru.trajectory.diagnostics.api;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.diagnostics.service.ExternalResults;
import ru.trajectory.platform.api.ImportReportJson;
import ru.trajectory.platform.api.Uploads;

/** {@code POST /diagnostic-results/import}: external results as CSV (or XLSX), per-row errors in Russian. */
@Path("diagnostic-results")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DiagnosticResultResource {

    @Inject
    ExternalResults results;

    @POST
    @Path("import")
    @Consumes({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType.APPLICATION_OCTET_STREAM})
    public ImportReportJson importResults(@QueryParam("partial") String partial, InputStream body) throws IOException {
        return ImportReportJson.of(results.importCsv(Uploads.read(body), Uploads.partial(partial)));
    }
}
