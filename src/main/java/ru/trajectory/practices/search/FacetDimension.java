package ru.trajectory.practices.search;

/** The facets of the practice search; {@link #key()} is the name used in the API's JSON. */
public enum FacetDimension {
    SUBJECT("subject", true),
    LEVEL("level", true),
    COMPETENCY("competency", true),
    TAG("tag", true),
    TARGET_GROUP("targetGroup", true),
    MUNICIPALITY("municipality", false),
    YEAR("year", false);

    private final String key;
    private final boolean multiValued;

    FacetDimension(String key, boolean multiValued) {
        this.key = key;
        this.multiValued = multiValued;
    }

    public String key() {
        return key;
    }

    boolean multiValued() {
        return multiValued;
    }
}
