package ru.trajectory.courses.entity;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

/** An informal learning event of a region: people register, and who attended is recorded. */
@Entity
@Table(name = "learning_event")
public class LearningEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EventKind kind;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(length = 500)
    private String place;

    @Column(length = 4000)
    private String description;

    @Column
    private Integer capacity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_competency", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "competency_code", length = 32)
    private Set<String> competencyCodes = new TreeSet<>();

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected LearningEvent() {
    }

    public LearningEvent(String title, EventKind kind, long regionId, Instant startsAt, Instant endsAt, String createdBy,
                         Instant now) {
        if (endsAt.isBefore(startsAt)) {
            throw new IllegalArgumentException("An event ends after it starts");
        }
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        this.regionId = regionId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = SessionStatus.OPEN;
    }

    public void describe(String where, String text, Integer seats, Collection<String> codes) {
        this.place = where;
        this.description = text;
        this.capacity = seats;
        competencyCodes.clear();
        competencyCodes.addAll(codes);
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public EventKind getKind() {
        return kind;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getDescription() {
        return description;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public Set<String> getCompetencyCodes() {
        return Set.copyOf(competencyCodes);
    }
}
