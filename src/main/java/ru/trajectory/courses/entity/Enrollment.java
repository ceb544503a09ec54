package ru.trajectory.courses.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person's place (or wait for one) in a session, from request to completion. */
@Entity
@Table(name = "enrollment")
@NamedQuery(name = Enrollment.FIRST_WAITING, query = "SELECT e FROM Enrollment e WHERE e.session.id = :sessionId "
        + "AND e.status = ru.trajectory.courses.entity.EnrollmentStatus.WAITLISTED ORDER BY e.waitlistNumber")
@NamedQuery(name = Enrollment.LIVE_OF_PERSON, query = "SELECT e FROM Enrollment e WHERE e.session.id = :sessionId "
        + "AND e.personId = :personId AND e.status NOT IN (ru.trajectory.courses.entity.EnrollmentStatus.CANCELLED, "
        + "ru.trajectory.courses.entity.EnrollmentStatus.REJECTED)")
@NamedQuery(name = Enrollment.WAITING_AHEAD, query = "SELECT COUNT(e) FROM Enrollment e WHERE e.session.id = :sessionId "
        + "AND e.status = ru.trajectory.courses.entity.EnrollmentStatus.WAITLISTED AND e.waitlistNumber < :number")
public class Enrollment {

    public static final String FIRST_WAITING = "Enrollment.firstWaiting";
    public static final String LIVE_OF_PERSON = "Enrollment.liveOfPerson";
    public static final String WAITING_AHEAD = "Enrollment.waitingAhead";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private CourseSession session;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrollmentStatus status;

    @Column(name = "waitlist_number")
    private Integer waitlistNumber;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "requested_by", nullable = false, length = 64)
    private String requestedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "completed_on")
    private LocalDate completedOn;

    @Column
    private Integer hours;

    @Column(name = "certificate_number", length = 64)
    private String certificateNumber;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Enrollment() {
    }

    /** A request for a place; {@link #seat} or {@link #awaitApproval} decides what it becomes. */
    public Enrollment(CourseSession session, long personId, String requestedBy, Instant now) {
        this.session = Objects.requireNonNull(session);
        this.personId = personId;
        this.requestedBy = requestedBy;
        this.requestedAt = now;
        this.status = EnrollmentStatus.PENDING_APPROVAL;
    }

    public void awaitApproval() {
        status = EnrollmentStatus.PENDING_APPROVAL;
    }

    /**
     * Gives a free seat or a place in the waitlist. The caller holds the session's row lock,
     * so the count it reads is the count it writes.
     */
    public void seat() {
        if (session.hasFreeSeat()) {
            session.takeSeat();
            status = EnrollmentStatus.CONFIRMED;
            waitlistNumber = null;
        } else {
            status = EnrollmentStatus.WAITLISTED;
            waitlistNumber = session.nextWaitlistNumber();
        }
    }

    /** A waitlisted enrollment moves up into a seat freed by someone else. */
    public void promote() {
        if (status != EnrollmentStatus.WAITLISTED) {
            throw new IllegalStateException("Only a waitlisted enrollment is promoted");
        }
        session.takeSeat();
        status = EnrollmentStatus.CONFIRMED;
        waitlistNumber = null;
    }

    public void decide(boolean approved, String by, Instant now) {
        if (status != EnrollmentStatus.PENDING_APPROVAL) {
            throw new IllegalStateException("Only a pending enrollment is decided");
        }
        decidedBy = by;
        decidedAt = now;
        if (approved) {
            seat();
        } else {
            status = EnrollmentStatus.REJECTED;
        }
    }

    /** Cancels; returns true when a seat was freed (so the waitlist can move). */
    public boolean cancel() {
        boolean freed = status == EnrollmentStatus.CONFIRMED;
        if (freed) {
            session.releaseSeat();
        }
        status = EnrollmentStatus.CANCELLED;
        waitlistNumber = null;
        return freed;
    }

    public void complete(LocalDate on, int withHours, String certificate) {
        if (status != EnrollmentStatus.CONFIRMED && status != EnrollmentStatus.COMPLETED) {
            throw new IllegalStateException("Only a confirmed participant completes a course");
        }
        status = EnrollmentStatus.COMPLETED;
        completedOn = on;
        hours = withHours;
        certificateNumber = certificate;
    }

    public Long getId() {
        return id;
    }

    public CourseSession getSession() {
        return session;
    }

    public Long getPersonId() {
        return personId;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public Integer getWaitlistNumber() {
        return waitlistNumber;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public Integer getHours() {
        return hours;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }
}
