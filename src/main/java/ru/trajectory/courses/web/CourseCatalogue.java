package ru.trajectory.courses.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import ru.trajectory.diagnostics.web.CompetencyOptions;
import ru.trajectory.courses.entity.CourseFormat;
import ru.trajectory.courses.entity.SessionStatus;
import ru.trajectory.courses.service.CourseQuery;
import ru.trajectory.courses.service.CourseSearch;
import ru.trajectory.courses.service.CourseView;
import ru.trajectory.diagnostics.service.CompetencyNames;
import ru.trajectory.platform.api.Ids;

/** The catalogue with its filters; the table loads one page of matching courses at a time. */
@Named
@ViewScoped
public class CourseCatalogue implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    CourseSearch search;

    @Inject
    CompetencyNames competencyNames;

    private String competency;
    private String subject;
    private CourseFormat format;
    private Integer maxHours;
    private String provider;
    private LocalDate from;
    private LocalDate to;
    private boolean freeSeatsOnly;
    private String text;

    private List<SelectItem> competencies;
    private List<CourseSearch.Option> subjects;
    private List<CourseSearch.Option> providers;
    private final Courses courses = new Courses();

    /** Fails with the portal's error page for an account without a person, before anything renders. */
    public void load() {
        providers = search.providers();
        subjects = search.subjects();
        competencies = CompetencyOptions.grouped(competencyNames);
    }

    /** New filters start again from the first page. */
    public void apply() {
        text = text == null ? null : text.strip();
        UIComponent table = FacesContext.getCurrentInstance().getViewRoot().findComponent(":catalogue-form:results");
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void clear() {
        competency = null;
        subject = null;
        format = null;
        maxHours = null;
        provider = null;
        from = null;
        to = null;
        freeSeatsOnly = false;
        text = null;
        apply();
    }

    private CourseQuery query() {
        return new CourseQuery(competency, subject, format, maxHours, Ids.parse(provider), from, to, freeSeatsOnly, text);
    }

    /** The first open session that has not started yet, or null. */
    public CourseView.SessionView nearest(CourseView course) {
        LocalDate today = LocalDate.now(MOSCOW);
        return course.getSessions().stream()
                .filter(s -> s.getStatus() == SessionStatus.OPEN && !s.getStart().isBefore(today))
                .min(Comparator.comparing(CourseView.SessionView::getStart)).orElse(null);
    }

    public CourseFormat[] getFormats() {
        return CourseFormat.values();
    }

    public LazyDataModel<CourseView> getCourses() {
        return courses;
    }

    public List<SelectItem> getCompetencies() {
        return competencies;
    }

    public List<CourseSearch.Option> getSubjects() {
        return subjects;
    }

    public List<CourseSearch.Option> getProviders() {
        return providers;
    }

    public String getCompetency() {
        return competency;
    }

    public void setCompetency(String competency) {
        this.competency = competency;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public Integer getMaxHours() {
        return maxHours;
    }

    public void setMaxHours(Integer maxHours) {
        this.maxHours = maxHours;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public boolean isFreeSeatsOnly() {
        return freeSeatsOnly;
    }

    public void setFreeSeatsOnly(boolean freeSeatsOnly) {
        this.freeSeatsOnly = freeSeatsOnly;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    private final class Courses extends LazyDataModel<CourseView> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, search.search(query(), 0, 1).getTotal());
        }

        @Override
        public List<CourseView> load(int first, int size, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return search.search(query(), first, size).getItems();
        }

        @Override
        public String getRowKey(CourseView course) {
            return String.valueOf(course.getId());
        }

        @Override
        public CourseView getRowData(String key) {
            return null;
        }
    }
}
