package ru.trajectory.courses.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.web.CompetencyOptions;
import ru.trajectory.platform.web.PageMessages;
import ru.trajectory.courses.entity.CourseFormat;
import ru.trajectory.courses.entity.SessionStatus;
import ru.trajectory.courses.service.Catalogue;
import ru.trajectory.courses.service.CourseInput;
import ru.trajectory.courses.service.CourseSearch;
import ru.trajectory.courses.service.CourseView;
import ru.trajectory.courses.service.SessionInput;
import ru.trajectory.courses.service.Sessions;
import ru.trajectory.diagnostics.service.CompetencyNames;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * A methodologist's course card and its sessions on one page: the card is saved as a whole;
 * a session is added or rescheduled in the form below the list. A refused save keeps every
 * typed value and puts each message beside its field.
 */
@Named
@ViewScoped
public class CourseEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> COURSE_FIELDS = Map.of("title", "course-form:title",
            "providerId", "course-form:provider", "hours", "course-form:hours", "format", "course-form:format",
            "description", "course-form:description", "competencyCodes", "course-form:competencies");

    private static final Map<String, String> SESSION_FIELDS = Map.of("start", "session-form:start",
            "end", "session-form:end", "format", "session-form:sessionFormat", "place", "session-form:place",
            "capacity", "session-form:capacity", "enrollmentDeadline", "session-form:deadline");

    @Inject
    Catalogue catalogue;

    @Inject
    Sessions sessions;

    @Inject
    CourseSearch search;

    @Inject
    CompetencyNames competencyNames;

    private String id;
    private CourseView course;

    private String title;
    private String provider;
    private Integer hours;
    private CourseFormat format = CourseFormat.BLENDED;
    private String description;
    private boolean federalRegister;
    private boolean requiresApproval;
    private List<String> competencies = new ArrayList<>();
    private List<String> positions = new ArrayList<>();
    private List<String> subjects = new ArrayList<>();

    private Long sessionId;
    private LocalDate start;
    private LocalDate end;
    private CourseFormat sessionFormat = CourseFormat.IN_PERSON;
    private String place;
    private Integer capacity;
    private LocalDate deadline;

    private List<CourseSearch.Option> providers;
    private List<CourseSearch.Option> subjectOptions;
    private List<SelectItem> competencyOptions;

    /** A new course when there is no id; otherwise the course, which only its runners may edit. */
    public void load() {
        providers = search.providers();
        subjectOptions = search.subjects();
        competencyOptions = CompetencyOptions.grouped(competencyNames);
        if (id == null || id.isBlank()) {
            return;
        }
        Long courseId = Ids.parse(id);
        if (courseId == null) {
            throw new NotFoundException("Курс не найден");
        }
        course = catalogue.forEditing(courseId);
        title = course.getTitle();
        provider = String.valueOf(course.getProviderId());
        hours = course.getHours();
        format = course.getFormat();
        description = course.getDescription();
        federalRegister = course.isFederalRegister();
        requiresApproval = course.isRequiresApproval();
        competencies = new ArrayList<>(course.getCompetencyCodes());
        positions = new ArrayList<>(course.getPositions());
        subjects = new ArrayList<>(course.getSubjects());
    }

    /** Saves the card; a new course gets its own address so a reload does not create it again. */
    public String save() {
        CourseInput input = new CourseInput(title, Ids.parse(provider), hours, format == null ? null : format.name(),
                description, federalRegister, requiresApproval, new LinkedHashSet<>(competencies),
                new LinkedHashSet<>(positions), new LinkedHashSet<>(subjects));
        try {
            if (course == null) {
                CourseView created = catalogue.create(input);
                PageMessages.keep(PageMessages.text("courses.edit.created"));
                return "/courses/edit?faces-redirect=true&id=" + created.getId();
            }
            course = catalogue.update(course.getId(), input);
            PageMessages.info(PageMessages.text("courses.edit.saved"));
        } catch (ValidationFailure e) {
            PageMessages.fields(e, COURSE_FIELDS::get);
        } catch (AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        return null;
    }

    public void publish() {
        course = catalogue.publish(course.getId());
        PageMessages.info(PageMessages.text("courses.edit.published"));
    }

    public void archive() {
        course = catalogue.archive(course.getId());
        PageMessages.info(PageMessages.text("courses.edit.archived"));
    }

    /** Puts a session into the form for rescheduling. */
    public void editSession(CourseView.SessionView s) {
        sessionId = s.getId();
        start = s.getStart();
        end = s.getEnd();
        sessionFormat = s.getFormat();
        place = s.getPlace();
        capacity = s.getCapacity();
        deadline = s.getEnrollmentDeadline();
    }

    public void newSession() {
        sessionId = null;
        start = null;
        end = null;
        sessionFormat = format == null ? CourseFormat.IN_PERSON : format;
        place = null;
        capacity = null;
        deadline = null;
    }

    public void saveSession() {
        SessionInput input = new SessionInput(start, end, sessionFormat == null ? null : sessionFormat.name(), place,
                capacity, deadline);
        try {
            if (sessionId == null) {
                sessions.add(course.getId(), input);
                PageMessages.info(PageMessages.text("courses.edit.sessionAdded"));
            } else {
                sessions.update(sessionId, input);
                PageMessages.info(PageMessages.text("courses.edit.sessionSaved"));
            }
            course = catalogue.forEditing(course.getId());
            newSession();
        } catch (ValidationFailure e) {
            PageMessages.fields(e, SESSION_FIELDS::get);
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
    }

    public void cancelSession(long id) {
        try {
            sessions.cancel(id);
            PageMessages.info(PageMessages.text("courses.edit.sessionCancelled"));
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        course = catalogue.forEditing(course.getId());
        if (sessionId != null && sessionId == id) {
            newSession();
        }
    }

    public boolean isOpen(CourseView.SessionView s) {
        return s.getStatus() == SessionStatus.OPEN;
    }

    public boolean isCreating() {
        return course == null;
    }

    public List<CourseFormat> getFormats() {
        return Arrays.asList(CourseFormat.values());
    }

    public List<Position> getPositionOptions() {
        return Arrays.asList(Position.values());
    }

    public List<CourseSearch.Option> getProviders() {
        return providers;
    }

    public List<CourseSearch.Option> getSubjectOptions() {
        return subjectOptions;
    }

    public List<SelectItem> getCompetencyOptions() {
        return competencyOptions;
    }

    public CourseView getCourse() {
        return course;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public Integer getHours() {
        return hours;
    }

    public void setHours(Integer hours) {
        this.hours = hours;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public void setFormat(CourseFormat format) {
        this.format = format;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isFederalRegister() {
        return federalRegister;
    }

    public void setFederalRegister(boolean federalRegister) {
        this.federalRegister = federalRegister;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public void setRequiresApproval(boolean requiresApproval) {
        this.requiresApproval = requiresApproval;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies;
    }

    public List<String> getPositions() {
        return positions;
    }

    public void setPositions(List<String> positions) {
        this.positions = positions;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public LocalDate getStart() {
        return start;
    }

    public void setStart(LocalDate start) {
        this.start = start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public void setEnd(LocalDate end) {
        this.end = end;
    }

    public CourseFormat getSessionFormat() {
        return sessionFormat;
    }

    public void setSessionFormat(CourseFormat sessionFormat) {
        this.sessionFormat = sessionFormat;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
