package ru.trajectory.practices.web;

import java.util.Map;
import java.util.ResourceBundle;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.service.CompetencyNames;
import ru.trajectory.organizations.service.People;
import ru.trajectory.practices.search.FacetDimension;

/**
 * Human names for the codes a practice and its facets carry (subject codes, NOO, OVZ, competency
 * codes), so that pages show «Математика», «НОО», «Дети с ОВЗ» while links and filters keep the
 * codes. Read once per request: a search page names dozens of facet values.
 */
@Named
@RequestScoped
public class PracticeLabels {

    @Inject
    People people;

    @Inject
    CompetencyNames competencyNames;

    private Map<String, String> subjects;
    private Map<String, CompetencyNames.Name> competencies;
    private ResourceBundle msg;

    @PostConstruct
    void read() {
        subjects = people.subjectNames();
        competencies = competencyNames.all();
        FacesContext context = FacesContext.getCurrentInstance();
        msg = context.getApplication().getResourceBundle(context, "msg");
    }

    /** The name of a facet value, by the facet's API key ({@code subject}, {@code level} …). */
    public String facet(String key, String value) {
        if (value == null) {
            return "";
        }
        if (FacetDimension.SUBJECT.key().equals(key)) {
            return subject(value);
        }
        if (FacetDimension.LEVEL.key().equals(key)) {
            return bundle("practices.level.", value);
        }
        if (FacetDimension.TARGET_GROUP.key().equals(key)) {
            return bundle("practices.target.", value);
        }
        if (FacetDimension.COMPETENCY.key().equals(key)) {
            return competency(value);
        }
        return value;
    }

    public String subject(String code) {
        return subjects.getOrDefault(code, code);
    }

    public String competency(String code) {
        CompetencyNames.Name name = competencies.get(code);
        return name == null ? code : name.getName();
    }

    public String level(String code) {
        return bundle("practices.level.", code);
    }

    public String targetGroup(String code) {
        return bundle("practices.target.", code);
    }

    /** The facet's heading on the search page. */
    public String dimension(String key) {
        return bundle("practices.facet.", key);
    }

    private String bundle(String prefix, String code) {
        return msg.containsKey(prefix + code) ? msg.getString(prefix + code) : code;
    }
}
