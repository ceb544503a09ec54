package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.LocalDate;

import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.entity.EnrollmentStatus;

/** An enrollment with its session's dates and place, and its place in the waitlist when it waits. */
public class EnrollmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final long sessionId;
    private final long courseId;
    private final String courseTitle;
    private final int courseHours;
    private final LocalDate start;
    private final LocalDate end;
    private final String place;
    private final long personId;
    private final EnrollmentStatus status;
    private final Integer position;
    private final Integer waitlistNumber;
    private final LocalDate completedOn;
    private final Integer hours;
    private final String certificateNumber;

    EnrollmentView(Enrollment e, Integer position) {
        this.id = e.getId();
        this.sessionId = e.getSession().getId();
        this.courseId = e.getSession().getCourse().getId();
        this.courseTitle = e.getSession().getCourse().getTitle();
        this.courseHours = e.getSession().getCourse().getHours();
        this.start = e.getSession().getStartsOn();
        this.end = e.getSession().getEndsOn();
        this.place = e.getSession().getPlace();
        this.personId = e.getPersonId();
        this.status = e.getStatus();
        this.position = position;
        this.waitlistNumber = e.getWaitlistNumber();
        this.completedOn = e.getCompletedOn();
        this.hours = e.getHours();
        this.certificateNumber = e.getCertificateNumber();
    }

    public long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getCourseId() {
        return courseId;
    }

    public String getCourseTitle() {
        return courseTitle;
    }

    public int getCourseHours() {
        return courseHours;
    }

    public LocalDate getStart() {
        return start;
    }

    public LocalDate getEnd() {
        return end;
    }

    public String getPlace() {
        return place;
    }

    public long getPersonId() {
        return personId;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    /** 1 for the first in line; null unless waitlisted. */
    public Integer getPosition() {
        return position;
    }

    public Integer getWaitlistNumber() {
        return waitlistNumber;
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

    public boolean isCompleted() {
        return status == EnrollmentStatus.COMPLETED;
    }

    /** Requests and places that the person may still withdraw. */
    public boolean isCancellable() {
        return status == EnrollmentStatus.CONFIRMED || status == EnrollmentStatus.WAITLISTED
                || status == EnrollmentStatus.PENDING_APPROVAL;
    }
}
