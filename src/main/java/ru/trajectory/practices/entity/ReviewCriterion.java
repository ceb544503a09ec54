package ru.trajectory.practices.entity;

/** What an expert scores a practice on, each from 1 to 5. */
public enum ReviewCriterion {
    RELEVANCE("актуальность"),
    EFFECTIVENESS("результативность"),
    REPRODUCIBILITY("воспроизводимость"),
    NOVELTY("новизна"),
    METHODICAL_QUALITY("методическая проработанность");

    private final String label;

    ReviewCriterion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
