package ru.trajectory.diagnostics.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A competency of one framework version. Its code is stable across versions: the deficit
 * profile, routes and monitoring refer to competencies by code.
 */
@Entity
@Table(name = "competency")
public class Competency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private CompetencyFramework framework;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "area_id", nullable = false)
    private CompetencyArea area;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 2000)
    private String description;

    @Column(name = "subject_code", length = 32)
    private String subjectCode;

    @Column(nullable = false)
    private int position;

    protected Competency() {
    }

    Competency(CompetencyFramework framework, CompetencyArea area, String code, String name, String description,
               String subjectCode, int position) {
        this.framework = framework;
        this.area = area;
        this.code = code;
        this.name = name;
        this.description = description;
        this.subjectCode = subjectCode;
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public CompetencyArea getArea() {
        return area;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getSubjectCode() {
        return subjectCode;
    }

    public int getPosition() {
        return position;
    }
}
