package ru.trajectory.courses.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.service.Completions;
import ru.trajectory.courses.service.SessionRoster;
import ru.trajectory.courses.service.Sessions;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.importing.ImportRejected;
import ru.trajectory.platform.importing.ImportReport;

/**
 * A session's participants for its methodologist, who marks them completed: the ticked ones or
 * the whole group with one form, or everyone listed in a CSV/XLSX file.
 */
@Named
@ViewScoped
public class SessionRosterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, String> FIELDS = Map.of("hours", "completion-form:hours",
            "date", "completion-form:date", "certificateNumber", "completion-form:certificate",
            "firstCertificateNumber", "completion-form:certificate");

    @Inject
    Sessions sessions;

    @Inject
    Completions completions;

    @Inject
    Clock clock;

    private String id;
    private SessionRoster roster;
    private final Map<Long, Boolean> selected = new HashMap<>();

    private Integer hours;
    private LocalDate date;
    private String certificate;

    private transient UploadedFile file;
    private boolean partial;
    /** Shown once after an upload; not worth keeping across a passivation. */
    private transient ImportReport report;

    public void load() {
        Long sessionId = Ids.parse(id);
        if (sessionId == null) {
            throw new NotFoundException("Поток курса не найден");
        }
        roster = sessions.roster(sessionId);
        if (hours == null) {
            hours = roster.courseHours();
        }
        if (date == null) {
            date = LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow")));
        }
    }

    public void completeSelected() {
        List<Long> chosen = selected.entrySet().stream().filter(e -> Boolean.TRUE.equals(e.getValue()))
                .map(Map.Entry::getKey).sorted().toList();
        complete(chosen);
    }

    public void completeGroup() {
        complete(null);
    }

    private void complete(List<Long> chosen) {
        long sessionId = roster.session().getId();
        try {
            int done = chosen == null ? completions.completeGroup(sessionId, hours, date, certificate)
                    : completions.completeSelected(sessionId, chosen, hours, date, certificate);
            PageMessages.info(PageMessages.text("courses.roster.completed") + " " + done);
            selected.clear();
            certificate = null;
        } catch (ValidationFailure e) {
            PageMessages.fields(e, FIELDS::get);
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        load();
    }

    public void upload() {
        report = null;
        if (file == null || file.getSize() == 0) {
            PageMessages.fields(ValidationFailure.of("file", PageMessages.text("import.noFile")), f -> "import-form:file");
            return;
        }
        String name = file.getFileName() == null ? "" : file.getFileName().toLowerCase(Locale.ROOT);
        if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
            PageMessages.fields(ValidationFailure.of("file", PageMessages.text("import.wrongType")), f -> "import-form:file");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            PageMessages.fields(ValidationFailure.of("file", PageMessages.text("import.tooLarge")), f -> "import-form:file");
            return;
        }
        try {
            report = completions.importCsv(roster.session().getId(), file.getContent(), partial);
            PageMessages.info(PageMessages.text("import.done"));
        } catch (ImportRejected rejected) {
            report = rejected.getReport();
            PageMessages.fields(ValidationFailure.of("file", PageMessages.text("import.rejected")), f -> null);
        } catch (ValidationFailure e) {
            PageMessages.fields(e, f -> "import-form:file");
        } catch (AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        } finally {
            file = null;
        }
        load();
    }

    public SessionRoster getRoster() {
        return roster;
    }

    public Map<Long, Boolean> getSelected() {
        return selected;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getCertificate() {
        return certificate;
    }

    public void setCertificate(String certificate) {
        this.certificate = certificate;
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

    public ImportReport getReport() {
        return report;
    }
}
