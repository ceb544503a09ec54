package ru.trajectory.courses.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.courses.service.Catalogue;
import ru.trajectory.courses.service.ManagedCourse;

/** The methodologist's list of the region's courses, drafts and archive included. */
@Named
@ViewScoped
public class ManageCourses implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Catalogue catalogue;

    private String query;
    private List<ManagedCourse> courses;

    public void load() {
        courses = catalogue.managed(query);
    }

    public void search() {
        load();
    }

    public List<ManagedCourse> getCourses() {
        return courses;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
