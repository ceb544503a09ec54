package ru.trajectory.courses.entity;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A session (поток) of a course: dates, place or link, seats and the enrollment deadline.
 * It counts its confirmed places itself; the database refuses a count above the capacity, so
 * no interleaving of requests can overfill it.
 */
@Entity
@Table(name = "course_session")
public class CourseSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CourseFormat format;

    @Column(length = 500)
    private String place;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "enrollment_deadline", nullable = false)
    private LocalDate enrollmentDeadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SessionStatus status;

    @Column(name = "confirmed_count", nullable = false)
    private int confirmedCount;

    @Column(name = "waitlist_counter", nullable = false)
    private int waitlistCounter;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected CourseSession() {
    }

    public CourseSession(Course course, LocalDate startsOn, LocalDate endsOn, CourseFormat format, String place,
                         int capacity, LocalDate enrollmentDeadline) {
        this.course = Objects.requireNonNull(course);
        this.format = Objects.requireNonNull(format);
        this.status = SessionStatus.OPEN;
        reschedule(startsOn, endsOn, place, capacity, enrollmentDeadline);
    }

    /** Changes the format too: a session moved online keeps its participants. */
    public void reschedule(LocalDate starts, LocalDate ends, CourseFormat newFormat, String where, int seats,
                           LocalDate deadline) {
        reschedule(starts, ends, where, seats, deadline);
        this.format = Objects.requireNonNull(newFormat);
    }

    public final void reschedule(LocalDate starts, LocalDate ends, String where, int seats, LocalDate deadline) {
        if (ends.isBefore(starts) || deadline.isAfter(ends)) {
            throw new IllegalArgumentException("A session ends after it starts, and enrollment closes before it ends");
        }
        if (seats < 1 || seats < confirmedCount) {
            throw new IllegalArgumentException("Capacity must be positive and not below the confirmed places");
        }
        this.startsOn = starts;
        this.endsOn = ends;
        this.place = where;
        this.capacity = seats;
        this.enrollmentDeadline = deadline;
    }

    public boolean hasFreeSeat() {
        return confirmedCount < capacity;
    }

    /** Takes a seat; the caller holds the row lock. */
    void takeSeat() {
        if (!hasFreeSeat()) {
            throw new IllegalStateException("No free seat");
        }
        confirmedCount++;
    }

    void releaseSeat() {
        if (confirmedCount > 0) {
            confirmedCount--;
        }
    }

    /** The next number in the waitlist; numbers only grow, so they keep the order of requests. */
    int nextWaitlistNumber() {
        return ++waitlistCounter;
    }

    public void cancel() {
        status = SessionStatus.CANCELLED;
    }

    public boolean isOpen() {
        return status == SessionStatus.OPEN;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public CourseFormat getFormat() {
        return format;
    }

    public String getPlace() {
        return place;
    }

    public int getCapacity() {
        return capacity;
    }

    public LocalDate getEnrollmentDeadline() {
        return enrollmentDeadline;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public int getConfirmedCount() {
        return confirmedCount;
    }

    public int getFreeSeats() {
        return capacity - confirmedCount;
    }
}
