package ru.trajectory.platform.importing;

import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.errors.FieldError;

/** A file with refused rows imported without {@code partial=true}: nothing was changed. */
public class ImportRejected extends ValidationFailure {

    private static final long serialVersionUID = 1L;

    private final transient ImportReport report;

    public ImportRejected(ImportReport report) {
        super(report.rejected().stream()
                .map(r -> new FieldError("row " + r.row() + ": " + r.field(), r.message()))
                .toList());
        this.report = report;
    }

    public ImportReport getReport() {
        return report;
    }
}
