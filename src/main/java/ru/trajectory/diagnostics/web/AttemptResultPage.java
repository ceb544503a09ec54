package ru.trajectory.diagnostics.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.entity.Level;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptSummary;
import ru.trajectory.diagnostics.service.AttemptViews.CompetencyResult;
import ru.trajectory.diagnostics.service.Attempts;

/**
 * The result of one of the caller's attempts: per competency its percent and level, and a
 * chart. Someone else's attempt is "not found" (the service decides); an attempt still open
 * offers to continue instead.
 */
@Named
@RequestScoped
public class AttemptResultPage {

    @Inject
    Attempts attempts;

    private String id;
    private AttemptSummary summary;
    private String chart;

    public void load() {
        long attemptId = DiagnosticIds.parse(id, "Прохождение не найдено");
        summary = attempts.result(attemptId);
        if (!summary.isOpen() && !summary.getResults().isEmpty()) {
            FacesContext context = FacesContext.getCurrentInstance();
            chart = AttemptCharts.resultBars(summary.getResults(),
                    context.getApplication().getResourceBundle(context, "msg"));
        }
    }

    public long count(Level level) {
        return summary == null ? 0 : summary.getResults().stream().filter(r -> r.getLevel() == level).count();
    }

    public List<CompetencyResult> getDeficits() {
        return summary == null ? List.of()
                : summary.getResults().stream().filter(r -> r.getLevel() == Level.DEFICIT).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AttemptSummary getSummary() {
        return summary;
    }

    public String getChart() {
        return chart;
    }

    /** Chart height grows with the number of competencies so that bars stay readable. */
    public int getChartHeight() {
        return summary == null ? 200 : Math.max(200, 80 + 44 * summary.getResults().size());
    }
}
