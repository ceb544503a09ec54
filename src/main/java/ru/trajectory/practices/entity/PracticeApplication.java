package ru.trajectory.practices.entity;

import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * «Применяю»: a teacher says they use the practice and what happened in their class. One per
 * person and practice (a unique key); it feeds indicator 4.1.
 */
@Entity
@Table(name = "practice_application")
@NamedQuery(name = PracticeApplication.OF_PERSON, query = "SELECT a FROM PracticeApplication a "
        + "WHERE a.practiceId = :practiceId AND a.personId = :personId")
@NamedQuery(name = PracticeApplication.COUNT_OF_PRACTICE, query = "SELECT COUNT(a) FROM PracticeApplication a "
        + "WHERE a.practiceId = :practiceId")
@NamedQuery(name = PracticeApplication.OF_PRACTICE, query = "SELECT a FROM PracticeApplication a "
        + "WHERE a.practiceId = :practiceId ORDER BY a.createdAt DESC")
public class PracticeApplication {

    public static final String OF_PERSON = "PracticeApplication.ofPerson";
    public static final String COUNT_OF_PRACTICE = "PracticeApplication.countOfPractice";
    public static final String OF_PRACTICE = "PracticeApplication.ofPractice";
    public static final int FEEDBACK_MIN = 10;
    public static final int FEEDBACK_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "practice_id", nullable = false)
    private Long practiceId;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(nullable = false, length = FEEDBACK_MAX)
    private String feedback;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PracticeApplication() {
    }

    public PracticeApplication(long practiceId, long personId, String feedback, Instant now) {
        String text = feedback == null ? "" : feedback.strip();
        if (text.length() < FEEDBACK_MIN || text.length() > FEEDBACK_MAX) {
            throw new IllegalArgumentException("Feedback must be " + FEEDBACK_MIN + ".." + FEEDBACK_MAX + " chars");
        }
        this.practiceId = practiceId;
        this.personId = personId;
        this.feedback = text;
        this.createdAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getFeedback() {
        return feedback;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
