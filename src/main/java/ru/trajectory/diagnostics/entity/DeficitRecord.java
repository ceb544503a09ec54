package ru.trajectory.diagnostics.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * The life of one deficit: when evidence first put the competency below its threshold, and
 * when (and by which attempt or external result) later evidence lifted it. Routes and
 * monitoring (indicator 2.3) read this history.
 */
@Entity
@Table(name = "deficit_history")
@NamedQuery(name = DeficitRecord.OF_PERSON, query = "SELECT d FROM DeficitRecord d WHERE d.personId = :personId "
        + "ORDER BY d.openedAt DESC, d.id DESC")
public class DeficitRecord {

    public static final String OF_PERSON = "DeficitRecord.ofPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "competency_code", nullable = false, length = 32)
    private String competencyCode;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by_attempt_id")
    private Long openedByAttemptId;

    @Column(name = "opened_by_external_id")
    private Long openedByExternalId;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_by_attempt_id")
    private Long closedByAttemptId;

    @Column(name = "closed_by_external_id")
    private Long closedByExternalId;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_level", length = 16)
    private Level closedLevel;

    protected DeficitRecord() {
    }

    public DeficitRecord(long personId, Evidence opening) {
        this.personId = personId;
        this.competencyCode = opening.competencyCode();
        this.openedAt = opening.measuredAt();
        this.openedByAttemptId = opening.attemptId();
        this.openedByExternalId = opening.externalResultId();
    }

    public void close(Evidence closing) {
        this.closedAt = closing.measuredAt();
        this.closedByAttemptId = closing.attemptId();
        this.closedByExternalId = closing.externalResultId();
        this.closedLevel = closing.level();
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    public Long getId() {
        return id;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getCompetencyCode() {
        return competencyCode;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Long getOpenedByAttemptId() {
        return openedByAttemptId;
    }

    public Long getOpenedByExternalId() {
        return openedByExternalId;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getClosedByAttemptId() {
        return closedByAttemptId;
    }

    public Long getClosedByExternalId() {
        return closedByExternalId;
    }

    public Level getClosedLevel() {
        return closedLevel;
    }
}
