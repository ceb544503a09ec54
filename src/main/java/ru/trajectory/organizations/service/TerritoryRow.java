package ru.trajectory.organizations.service;

import java.io.Serializable;

/**
 * A line of the territory tree: a region, a municipality or a school, with its counts
 * and (for a school) its flags in the chosen program year.
 */
public class TerritoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Level {
        REGION,
        MUNICIPALITY,
        SCHOOL
    }

    private final Level level;
    private final long id;
    private final String name;
    private final long schools;
    private final long staff;
    private final long lowResults;
    private final long adverseConditions;
    private final long highResults;
    private final String settlement;

    public TerritoryRow(Level level, long id, String name, long schools, long staff,
                        long lowResults, long adverseConditions, long highResults, String settlement) {
        this.level = level;
        this.id = id;
        this.name = name;
        this.schools = schools;
        this.staff = staff;
        this.lowResults = lowResults;
        this.adverseConditions = adverseConditions;
        this.highResults = highResults;
        this.settlement = settlement;
    }

    public Level getLevel() {
        return level;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public long getSchools() {
        return schools;
    }

    public long getStaff() {
        return staff;
    }

    /** For a school row: 1 when flagged ШНОР; above it: how many schools are. */
    public long getLowResults() {
        return lowResults;
    }

    public long getAdverseConditions() {
        return adverseConditions;
    }

    public long getHighResults() {
        return highResults;
    }

    public String getSettlement() {
        return settlement;
    }

    public boolean isSchool() {
        return level == Level.SCHOOL;
    }
}
