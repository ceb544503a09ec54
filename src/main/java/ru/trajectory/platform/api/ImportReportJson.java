package ru.trajectory.platform.api;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.platform.importing.ImportReport;

/** The answer of every bulk import: {@code {"created", "updated", "rejected": [{row, field, message}]}}. */
@JsonbPropertyOrder({"created", "updated", "rejected"})
public class ImportReportJson {

    public int created;
    public int updated;
    public List<Row> rejected;

    @JsonbPropertyOrder({"row", "field", "message"})
    public static class Row {
        public int row;
        public String field;
        public String message;
    }

    public static ImportReportJson of(ImportReport report) {
        ImportReportJson json = new ImportReportJson();
        json.created = report.created();
        json.updated = report.updated();
        json.rejected = report.rejected().stream().map(r -> {
            Row row = new Row();
            row.row = r.row();
            row.field = r.field();
            row.message = r.message();
            return row;
        }).toList();
        return json;
    }

    /** The same rows as JSON-P, for problem bodies that are built by hand. */
    static JsonArray rejectedRows(ImportReport report) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (ImportReport.RejectedRow r : report.rejected()) {
            rows.add(Json.createObjectBuilder().add("row", r.row())
                    .add("field", r.field() == null ? "" : r.field())
                    .add("message", r.message()));
        }
        return rows.build();
    }
}
