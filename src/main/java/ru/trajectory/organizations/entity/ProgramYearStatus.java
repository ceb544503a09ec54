package ru.trajectory.organizations.entity;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A school's flags for one program year (ШНОР, ШНСУ, ШВР). A high-result school cannot be
 * flagged low-result or adverse in the same year: it is the partner, not the one supported.
 */
@Entity
@Table(name = "school_program_year")
@NamedQuery(name = ProgramYearStatus.OF_YEAR,
        query = "SELECT p FROM ProgramYearStatus p WHERE p.key.programYear = :year")
@NamedQuery(name = ProgramYearStatus.OF_SCHOOL,
        query = "SELECT p FROM ProgramYearStatus p WHERE p.key.schoolId = :schoolId ORDER BY p.key.programYear DESC")
public class ProgramYearStatus {

    public static final String OF_YEAR = "ProgramYearStatus.ofYear";
    public static final String OF_SCHOOL = "ProgramYearStatus.ofSchool";

    @EmbeddedId
    private Key key;

    @Column(name = "low_results", nullable = false)
    private boolean lowResults;

    @Column(name = "adverse_conditions", nullable = false)
    private boolean adverseConditions;

    @Column(name = "high_results", nullable = false)
    private boolean highResults;

    protected ProgramYearStatus() {
    }

    public ProgramYearStatus(long schoolId, int programYear) {
        this.key = new Key(schoolId, programYear);
    }

    public void setFlags(boolean lowResults, boolean adverseConditions, boolean highResults) {
        if (highResults && (lowResults || adverseConditions)) {
            throw new IllegalArgumentException("A high-result school cannot be low-result or adverse at once");
        }
        this.lowResults = lowResults;
        this.adverseConditions = adverseConditions;
        this.highResults = highResults;
    }

    public long getSchoolId() {
        return key.schoolId;
    }

    public int getProgramYear() {
        return key.programYear;
    }

    public boolean isLowResults() {
        return lowResults;
    }

    public boolean isAdverseConditions() {
        return adverseConditions;
    }

    public boolean isHighResults() {
        return highResults;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "school_id")
        private long schoolId;

        @Column(name = "program_year")
        private int programYear;

        protected Key() {
        }

        public Key(long schoolId, int programYear) {
            this.schoolId = schoolId;
            this.programYear = programYear;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.schoolId == schoolId && k.programYear == programYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(schoolId, programYear);
        }
    }
}
