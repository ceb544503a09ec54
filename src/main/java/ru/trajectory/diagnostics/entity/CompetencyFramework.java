package ru.trajectory.diagnostics.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A version of a competency framework (areas → competencies). A published version is frozen:
 * {@link #nextVersion} copies it with the same codes, so attempts keep pointing at the
 * competencies they measured.
 */
@Entity
@Table(name = "competency_framework")
@NamedQuery(name = CompetencyFramework.LATEST_PUBLISHED, query = "SELECT f FROM CompetencyFramework f "
        + "WHERE f.code = :code AND f.status = ru.trajectory.diagnostics.entity.Lifecycle.PUBLISHED ORDER BY f.version DESC")
@NamedQuery(name = CompetencyFramework.VERSIONS, query = "SELECT f FROM CompetencyFramework f "
        + "WHERE f.code = :code ORDER BY f.version DESC")
public class CompetencyFramework {

    public static final String LATEST_PUBLISHED = "CompetencyFramework.latestPublished";
    public static final String VERSIONS = "CompetencyFramework.versions";
    /** The framework seeded by migration V3. */
    public static final String PEDAGOG = "PEDAGOG";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Lifecycle status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CompetencyArea> areas = new ArrayList<>();

    @OneToMany(mappedBy = "framework", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Competency> competencies = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CompetencyFramework() {
    }

    public CompetencyFramework(String code, int version, String name, Instant now) {
        this.code = Objects.requireNonNull(code);
        this.version = version;
        this.name = Objects.requireNonNull(name);
        this.status = Lifecycle.DRAFT;
        this.createdAt = now;
    }

    /** A DRAFT copy of this version with the same areas, codes, names and subjects. */
    public CompetencyFramework nextVersion(Instant now) {
        CompetencyFramework next = new CompetencyFramework(code, version + 1, name, now);
        next.description = description;
        for (CompetencyArea area : areas) {
            CompetencyArea copy = next.addArea(area.getCode(), area.getName());
            for (Competency c : competencies) {
                if (c.getArea() == area) {
                    next.addCompetency(copy, c.getCode(), c.getName(), c.getDescription(), c.getSubjectCode());
                }
            }
        }
        return next;
    }

    public CompetencyArea addArea(String areaCode, String areaName) {
        requireDraft();
        CompetencyArea area = new CompetencyArea(this, areaCode, areaName, areas.size() + 1);
        areas.add(area);
        return area;
    }

    public Competency addCompetency(CompetencyArea area, String competencyCode, String competencyName,
                                    String competencyDescription, String subjectCode) {
        requireDraft();
        if (competency(competencyCode) != null) {
            throw new IllegalArgumentException("Duplicate competency code " + competencyCode);
        }
        Competency c = new Competency(this, area, competencyCode, competencyName, competencyDescription, subjectCode,
                competencies.size() + 1);
        competencies.add(c);
        return c;
    }

    public void publish(Instant now) {
        requireDraft();
        status = Lifecycle.PUBLISHED;
        publishedAt = now;
    }

    public void archive() {
        status = Lifecycle.ARCHIVED;
    }

    private void requireDraft() {
        if (status != Lifecycle.DRAFT) {
            throw new IllegalStateException("A " + status + " framework version cannot change");
        }
    }

    public Competency competency(String competencyCode) {
        return competencies.stream().filter(c -> c.getCode().equals(competencyCode)).findFirst().orElse(null);
    }

    public CompetencyArea area(String areaCode) {
        return areas.stream().filter(a -> a.getCode().equals(areaCode)).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Lifecycle getStatus() {
        return status;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<CompetencyArea> getAreas() {
        return List.copyOf(areas);
    }

    public List<Competency> getCompetencies() {
        return List.copyOf(competencies);
    }
}
