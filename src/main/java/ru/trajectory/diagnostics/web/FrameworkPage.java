package ru.trajectory.diagnostics.web;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.entity.CompetencyFramework;
import ru.trajectory.diagnostics.service.AuthoringViews.CompetencyView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkView;
import ru.trajectory.diagnostics.service.AuthoringViews.SubjectView;
import ru.trajectory.diagnostics.service.Frameworks;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The competency framework: areas with their competencies for everyone signed in; for
 * methodologists, adding a competency to the draft version and publishing it.
 */
@Named
@ViewScoped
public class FrameworkPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "add-form:";

    @Inject
    Frameworks frameworks;

    private FrameworkView current;
    private FrameworkView draft;
    private boolean editable;
    private List<SubjectView> subjects;
    private String code;
    private String name;
    private String area;
    private String subject;
    private String description;

    public void load() {
        current = frameworks.current(CompetencyFramework.PEDAGOG);
        editable = frameworks.mayEdit();
        draft = editable ? frameworks.draft(CompetencyFramework.PEDAGOG) : null;
        subjects = frameworks.subjects();
    }

    public void addCompetency() {
        try {
            draft = frameworks.addCompetency(CompetencyFramework.PEDAGOG, code, name, area, subject, description);
            code = null;
            name = null;
            subject = null;
            description = null;
            AuthoringMessages.info("authoring.framework.added");
        } catch (ValidationFailure failure) {
            AuthoringMessages.fields(failure, field -> switch (field) {
                case "code", "name", "area", "subject", "description" -> FORM + "competency-" + field;
                default -> null;
            });
        } catch (ConflictException conflict) {
            AuthoringMessages.error(conflict.getMessage());
        }
    }

    /** Publishes the draft and reloads the page, which now shows the new version. */
    public String publish() {
        try {
            frameworks.publishDraft(CompetencyFramework.PEDAGOG);
            AuthoringMessages.info("authoring.framework.published");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/diagnostics/framework?faces-redirect=true";
        } catch (ValidationFailure failure) {
            AuthoringMessages.fields(failure, field -> null);
        } catch (ConflictException conflict) {
            AuthoringMessages.error(conflict.getMessage());
        }
        return null;
    }

    /** Competencies of the draft that the published version does not have yet. */
    public List<CompetencyView> getPending() {
        if (draft == null) {
            return List.of();
        }
        Set<String> published = current.getAllCompetencies().stream().map(CompetencyView::getCode)
                .collect(Collectors.toSet());
        return draft.getAllCompetencies().stream().filter(c -> !published.contains(c.getCode())).toList();
    }

    public FrameworkView getCurrent() {
        return current;
    }

    public FrameworkView getDraft() {
        return draft;
    }

    public boolean isEditable() {
        return editable;
    }

    public List<SubjectView> getSubjects() {
        return subjects;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
