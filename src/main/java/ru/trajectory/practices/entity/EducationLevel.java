package ru.trajectory.practices.entity;

/** Levels of general education: НОО (grades 1–4), ООО (5–9), СОО (10–11). */
public enum EducationLevel {
    NOO("НОО"), OOO("ООО"), SOO("СОО");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
