package ru.trajectory.organizations.web;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ru.trajectory.organizations.service.StaffImport;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.importing.ImportRejected;
import ru.trajectory.platform.importing.ImportReport;

/**
 * Staff import from the school page: a CSV or XLSX file, all or nothing unless «partial» is
 * ticked, and a report of created, updated and refused rows in Russian.
 */
@Named
@ViewScoped
public class ImportStaff implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final String FILE_FIELD = "import-form:file";

    @Inject
    StaffImport staffImport;

    private transient UploadedFile file;
    private boolean partial;
    private Report report;

    public void upload() {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle msg = context.getApplication().getResourceBundle(context, "msg");
        report = null;
        if (file == null || file.getSize() == 0) {
            error(FILE_FIELD, msg.getString("import.noFile"));
            return;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            error(FILE_FIELD, msg.getString("import.wrongType"));
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            error(FILE_FIELD, msg.getString("import.tooLarge"));
            return;
        }
        try {
            report = new Report(staffImport.importStaff(file.getContent(), partial), true, msg);
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("import.done"), null));
        } catch (ImportRejected rejected) {
            report = new Report(rejected.getReport(), false, msg);
            error(null, msg.getString("import.rejected"));
        } catch (ValidationFailure failure) {
            for (FieldError e : failure.getErrors()) {
                error(FILE_FIELD, e.message());
            }
        } catch (AccessDeniedException denied) {
            error(null, msg.getString("import.denied"));
        } finally {
            file = null;
        }
    }

    private static void error(String clientId, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        context.validationFailed();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public boolean isPartial() {
        return partial;
    }

    public void setPartial(boolean partial) {
        this.partial = partial;
    }

    public Report getReport() {
        return report;
    }

    /** The import's answer shaped for the page (EL cannot read the service's records). */
    public static class Report implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int created;
        private final int updated;
        private final boolean applied;
        private final List<Rejected> rejected;

        Report(ImportReport report, boolean applied, ResourceBundle msg) {
            this.created = report.created();
            this.updated = report.updated();
            this.applied = applied;
            this.rejected = report.rejected().stream()
                    .map(r -> new Rejected(r.row(), column(msg, r.field()), r.message()))
                    .toList();
        }

        private static String column(ResourceBundle msg, String field) {
            if (field == null) {
                return "";
            }
            try {
                return msg.getString("import.column." + field);
            } catch (MissingResourceException e) {
                return field;
            }
        }

        public int getCreated() {
            return created;
        }

        public int getUpdated() {
            return updated;
        }

        /** False when nothing was written because some rows were refused. */
        public boolean isApplied() {
            return applied;
        }

        public List<Rejected> getRejected() {
            return rejected;
        }
    }

    /** A refused row: its number in the file, the column in words, and why. */
    public static class Rejected implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int row;
        private final String column;
        private final String message;

        Rejected(int row, String column, String message) {
            this.row = row;
            this.column = column;
            this.message = message;
        }

        public int getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }
}
