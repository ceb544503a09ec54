package ru.trajectory.courses.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A programme of formal training (курс повышения квалификации, ДПО) offered by a support
 * organisation, with the competencies it develops and the audience it is meant for.
 */
@Entity
@Table(name = "course")
public class Course {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(name = "provider_id", nullable = false)
    private Long providerId;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(nullable = false)
    private int hours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseFormat format;

    @Column(length = 4000)
    private String description;

    @Column(name = "federal_register", nullable = false)
    private boolean federalRegister;

    @Column(name = "requires_approval", nullable = false)
    private boolean requiresApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseStatus status;

    @Column(name = "audience_positions", nullable = false, length = 400)
    private String audiencePositions = "";

    @Column(name = "audience_subjects", nullable = false, length = 400)
    private String audienceSubjects = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "course_competency", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "competency_code", length = 32)
    private Set<String> competencyCodes = new TreeSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Course() {
    }

    public Course(String title, long providerId, long regionId, int hours, CourseFormat format, Instant now) {
        this.title = Objects.requireNonNull(title);
        this.providerId = providerId;
        this.regionId = regionId;
        setHours(hours);
        this.format = Objects.requireNonNull(format);
        this.status = CourseStatus.DRAFT;
        this.createdAt = now;
    }

    private void setHours(int value) {
        if (value < 1 || value > 2000) {
            throw new IllegalArgumentException("Hours must be between 1 and 2000");
        }
        this.hours = value;
    }

    /** A methodologist's correction of the course card; its sessions and enrollments stay. */
    public void revise(String newTitle, long newProviderId, int newHours, CourseFormat newFormat) {
        this.title = Objects.requireNonNull(newTitle);
        this.providerId = newProviderId;
        setHours(newHours);
        this.format = Objects.requireNonNull(newFormat);
    }

    public void describe(String text, boolean federal, boolean approval) {
        this.description = text;
        this.federalRegister = federal;
        this.requiresApproval = approval;
    }

    public void setAudience(Collection<String> positions, Collection<String> subjects) {
        this.audiencePositions = String.join(",", new TreeSet<>(positions));
        this.audienceSubjects = String.join(",", new TreeSet<>(subjects));
    }

    public void setCompetencies(Collection<String> codes) {
        competencyCodes.clear();
        competencyCodes.addAll(codes);
    }

    public void publish() {
        status = CourseStatus.PUBLISHED;
    }

    public void archive() {
        status = CourseStatus.ARCHIVED;
    }

    public boolean isPublished() {
        return status == CourseStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getProviderId() {
        return providerId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public int getHours() {
        return hours;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public String getDescription() {
        return description;
    }

    public boolean isFederalRegister() {
        return federalRegister;
    }

    public boolean isRequiresApproval() {
        return requiresApproval;
    }

    public CourseStatus getStatus() {
        return status;
    }

    public Set<String> getAudiencePositions() {
        return split(audiencePositions);
    }

    public Set<String> getAudienceSubjects() {
        return split(audienceSubjects);
    }

    public Set<String> getCompetencyCodes() {
        return Set.copyOf(competencyCodes);
    }

    private static Set<String> split(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }
}
