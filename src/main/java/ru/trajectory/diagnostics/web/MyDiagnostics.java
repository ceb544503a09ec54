package ru.trajectory.diagnostics.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.entity.Level;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptSummary;
import ru.trajectory.diagnostics.service.AttemptViews.InstrumentCard;
import ru.trajectory.diagnostics.service.Attempts;
import ru.trajectory.platform.errors.ConflictException;

/**
 * «Мои диагностики»: the instruments meant for the caller, their finished attempts and how
 * each competency moved across them. Starting is a POST (it creates an attempt); continuing
 * an open one is a plain link.
 */
@Named
@ViewScoped
public class MyDiagnostics implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attempts attempts;

    @Inject
    DiagnosticsFormat format;

    private List<InstrumentCard> instruments;
    private List<AttemptSummary> finished;
    private String dynamicsChart;

    public void load() {
        instruments = attempts.available();
        finished = attempts.history().stream().filter(a -> !a.isOpen()).toList();
        boolean anyResult = finished.stream().anyMatch(a -> !a.getResults().isEmpty());
        FacesContext context = FacesContext.getCurrentInstance();
        dynamicsChart = anyResult
                ? AttemptCharts.dynamics(AttemptCharts.oldestFirst(finished),
                        context.getApplication().getResourceBundle(context, "msg"), format)
                : null;
    }

    /** Starts (or resumes) an attempt and opens its first page. */
    public String start(long instrumentId) {
        try {
            long attemptId = attempts.start(instrumentId);
            return "/diagnostics/attempt?faces-redirect=true&id=" + attemptId;
        } catch (ConflictException e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
            load();
            return null;
        }
    }

    /** How many competencies of an attempt reached the level. */
    public long count(AttemptSummary attempt, Level level) {
        return attempt.getResults().stream().filter(r -> r.getLevel() == level).count();
    }

    public List<InstrumentCard> getInstruments() {
        return instruments;
    }

    public List<AttemptSummary> getFinished() {
        return finished;
    }

    public String getDynamicsChart() {
        return dynamicsChart;
    }

    /** Two or more finished attempts make a line; one makes a single point, still worth showing. */
    public boolean isDynamicsVisible() {
        return dynamicsChart != null;
    }
}
