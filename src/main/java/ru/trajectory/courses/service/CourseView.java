package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ru.trajectory.courses.entity.Course;
import ru.trajectory.courses.entity.CourseFormat;
import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.CourseStatus;
import ru.trajectory.courses.entity.SessionStatus;

/** A course of the catalogue with its sessions. */
public class CourseView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String title;
    private final long providerId;
    private final String providerName;
    private final int hours;
    private final CourseFormat format;
    private final String description;
    private final boolean federalRegister;
    private final boolean requiresApproval;
    private final CourseStatus status;
    private final Set<String> competencyCodes;
    private final Set<String> positions;
    private final Set<String> subjects;
    private final List<SessionView> sessions;

    CourseView(Course c, String providerName, List<SessionView> sessions) {
        this.id = c.getId();
        this.title = c.getTitle();
        this.providerId = c.getProviderId();
        this.providerName = providerName;
        this.hours = c.getHours();
        this.format = c.getFormat();
        this.description = c.getDescription();
        this.federalRegister = c.isFederalRegister();
        this.requiresApproval = c.isRequiresApproval();
        this.status = c.getStatus();
        this.competencyCodes = c.getCompetencyCodes();
        this.positions = c.getAudiencePositions();
        this.subjects = c.getAudienceSubjects();
        this.sessions = sessions;
    }

    public long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public long getProviderId() {
        return providerId;
    }

    public String getProviderName() {
        return providerName;
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

    public Set<String> getCompetencyCodes() {
        return competencyCodes;
    }

    public Set<String> getPositions() {
        return positions;
    }

    public Set<String> getSubjects() {
        return subjects;
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    /** A session as the catalogue shows it. */
    public static class SessionView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final LocalDate start;
        private final LocalDate end;
        private final CourseFormat format;
        private final String place;
        private final int capacity;
        private final int freeSeats;
        private final LocalDate enrollmentDeadline;
        private final SessionStatus status;

        SessionView(CourseSession s) {
            this.id = s.getId();
            this.start = s.getStartsOn();
            this.end = s.getEndsOn();
            this.format = s.getFormat();
            this.place = s.getPlace();
            this.capacity = s.getCapacity();
            this.freeSeats = s.getFreeSeats();
            this.enrollmentDeadline = s.getEnrollmentDeadline();
            this.status = s.getStatus();
        }

        public long getId() {
            return id;
        }

        public LocalDate getStart() {
            return start;
        }

        public LocalDate getEnd() {
            return end;
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

        public int getFreeSeats() {
            return freeSeats;
        }

        public LocalDate getEnrollmentDeadline() {
            return enrollmentDeadline;
        }

        public SessionStatus getStatus() {
            return status;
        }
    }
}
