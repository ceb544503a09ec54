package ru.trajectory.diagnostics.web;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;

import ru.trajectory.diagnostics.service.AuthoringInput.InstrumentInput;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentDetail;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentRow;
import ru.trajectory.diagnostics.service.InstrumentAuthoring;
import ru.trajectory.diagnostics.service.InstrumentJson;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The methodologist's list of the region's instruments, every version with its status, and
 * what can be done from there: create a draft, open the editor, start a new version of a
 * published one, publish, archive, export to JSON and import from it.
 */
@Named
@ViewScoped
public class InstrumentList implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_IMPORT_BYTES = 5L * 1024 * 1024;
    private static final String EDITOR = "/diagnostics/editor?faces-redirect=true&id=";

    @Inject
    InstrumentAuthoring authoring;

    @Inject
    InstrumentJson instrumentJson;

    private List<InstrumentRow> rows;
    private final InstrumentInput draft = new InstrumentInput();
    private transient UploadedFile file;
    private List<ImportProblem> importProblems = List.of();

    public void load() {
        if (!authoring.mayAuthor()) {
            throw new AccessDeniedException("Диагностики составляют методисты");
        }
        rows = authoring.list();
        if (draft.getKind() == null) {
            draft.setKind("TEST");
        }
    }

    public String create() {
        try {
            InstrumentDetail created = authoring.create(draft);
            return EDITOR + created.getId();
        } catch (ValidationFailure failure) {
            AuthoringMessages.fields(failure, field -> switch (field) {
                case "code", "title", "kind" -> "create-form:new-" + field;
                default -> null;
            });
        } catch (ConflictException conflict) {
            AuthoringMessages.error(conflict.getMessage());
        }
        return null;
    }

    public String newVersion(long id) {
        try {
            return EDITOR + authoring.newVersion(id).getId();
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
            rows = authoring.list();
            return null;
        }
    }

    public void publish(long id) {
        try {
            authoring.publish(id);
            AuthoringMessages.info("authoring.list.publishedDone");
        } catch (ValidationFailure failure) {
            AuthoringMessages.error(AuthoringMessages.text("authoring.list.cannotPublish"));
            AuthoringMessages.fields(failure, field -> null);
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
        rows = authoring.list();
    }

    public void archive(long id) {
        try {
            authoring.archive(id);
            AuthoringMessages.info("authoring.list.archivedDone");
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
        rows = authoring.list();
    }

    /** The instrument as a JSON file, the same document the API exports. */
    public StreamedContent export(long id) {
        byte[] json = instrumentJson.export(id).toString().getBytes(StandardCharsets.UTF_8);
        InstrumentDetail detail = authoring.get(id);
        return DefaultStreamedContent.builder()
                .name(detail.getCode() + "-v" + detail.getVersion() + ".json")
                .contentType("application/json; charset=UTF-8")
                .contentLength((long) json.length)
                .stream(() -> new ByteArrayInputStream(json))
                .build();
    }

    public String importFile() {
        importProblems = List.of();
        if (file == null || file.getSize() == 0) {
            AuthoringMessages.error(AuthoringMessages.text("authoring.import.noFile"));
            return null;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".json")) {
            AuthoringMessages.error(AuthoringMessages.text("authoring.import.wrongType"));
            return null;
        }
        if (file.getSize() > MAX_IMPORT_BYTES) {
            AuthoringMessages.error(AuthoringMessages.text("authoring.import.tooLarge"));
            return null;
        }
        try {
            InstrumentDetail imported = instrumentJson.importDocument(new String(file.getContent(), StandardCharsets.UTF_8));
            AuthoringMessages.info("authoring.import.done");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return EDITOR + imported.getId();
        } catch (ValidationFailure failure) {
            List<ImportProblem> problems = new ArrayList<>();
            for (FieldError e : failure.getErrors()) {
                problems.add(new ImportProblem(e.field(), e.message()));
            }
            importProblems = List.copyOf(problems);
            AuthoringMessages.error(AuthoringMessages.text("authoring.import.rejected"));
        } catch (ConflictException conflict) {
            AuthoringMessages.error(conflict.getMessage());
        } finally {
            file = null;
        }
        return null;
    }

    public List<InstrumentRow> getRows() {
        return rows;
    }

    public InstrumentInput getDraft() {
        return draft;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<ImportProblem> getImportProblems() {
        return importProblems;
    }

    /** A refused field of an imported file: where in the document, and why. */
    public static class ImportProblem implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String message;

        ImportProblem(String field, String message) {
            this.field = field;
            this.message = message;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }
    }
}
