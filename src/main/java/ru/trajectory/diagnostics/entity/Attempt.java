package ru.trajectory.diagnostics.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person's pass through an instrument. Answers are saved one by one while it is open; the
 * server enforces the deadline; finishing scores it once and for all. The database allows one
 * open attempt per person and instrument, and the version column lets only one finish win.
 */
@Entity
@Table(name = "attempt")
@NamedQuery(name = Attempt.OPEN, query = "SELECT a FROM Attempt a WHERE a.instrument.id = :instrumentId "
        + "AND a.personId = :personId AND a.status = ru.trajectory.diagnostics.entity.AttemptStatus.IN_PROGRESS")
@NamedQuery(name = Attempt.OF_PERSON, query = "SELECT a FROM Attempt a JOIN FETCH a.instrument "
        + "WHERE a.personId = :personId ORDER BY a.startedAt DESC")
public class Attempt {

    public static final String OPEN = "Attempt.open";
    public static final String OF_PERSON = "Attempt.ofPerson";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private Instrument instrument;

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AttemptStatus status;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "deadline_at")
    private Instant deadlineAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "attempt_id", insertable = false, updatable = false)
    private List<Answer> answers = new java.util.ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "attempt_id", insertable = false, updatable = false)
    private List<AttemptResult> results = new java.util.ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Attempt() {
    }

    public Attempt(Instrument instrument, long personId, Instant now) {
        if (instrument.getStatus() != Lifecycle.PUBLISHED) {
            throw new IllegalStateException("Only a published instrument can be taken");
        }
        this.instrument = instrument;
        this.personId = personId;
        this.status = AttemptStatus.IN_PROGRESS;
        this.startedAt = now;
        this.deadlineAt = instrument.getTimeLimitMinutes() == null ? null
                : now.plus(Duration.ofMinutes(instrument.getTimeLimitMinutes()));
    }

    public boolean isOpen() {
        return status == AttemptStatus.IN_PROGRESS;
    }

    public boolean isOverdueAt(Instant now) {
        return deadlineAt != null && !now.isBefore(deadlineAt);
    }

    /**
     * Saves (or replaces) the answer to one item. The caller has checked that the attempt is
     * open and in time; here the answer is checked against the item itself.
     */
    public void answer(Item item, Set<Long> optionIds, Integer scaleValue, Instant now) {
        if (!isOpen()) {
            throw new IllegalStateException("The attempt is finished");
        }
        if (item.getInstrument() != instrument) {
            throw new IllegalArgumentException("The item is not part of this attempt");
        }
        Objects.requireNonNull(optionIds);
        Answer answer = answers.stream().filter(a -> a.getItemId() == item.getId()).findFirst().orElse(null);
        if (answer == null) {
            answer = new Answer(id, item.getId());
            answers.add(answer);
        }
        answer.set(optionIds, scaleValue, now);
    }

    /** Scores the saved answers and closes the attempt; {@code expired} when the deadline closed it. */
    public List<CompetencyScore> finish(Instant now, boolean expired) {
        if (!isOpen()) {
            throw new IllegalStateException("The attempt is already finished");
        }
        Map<Long, Set<Long>> chosen = new HashMap<>();
        Map<Long, Integer> scales = new HashMap<>();
        for (Answer a : answers) {
            chosen.put(a.getItemId(), a.getOptionIds());
            if (a.getScaleValue() != null) {
                scales.put(a.getItemId(), a.getScaleValue());
            }
        }
        List<CompetencyScore> scores = instrument.score(chosen, scales);
        scores.forEach(s -> results.add(new AttemptResult(id, s)));
        status = expired ? AttemptStatus.EXPIRED : AttemptStatus.SUBMITTED;
        finishedAt = expired && deadlineAt != null ? deadlineAt : now;
        return scores;
    }

    public Long getId() {
        return id;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public Long getPersonId() {
        return personId;
    }

    public AttemptStatus getStatus() {
        return status;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public List<Answer> getAnswers() {
        return List.copyOf(answers);
    }

    public List<AttemptResult> getResults() {
        return List.copyOf(results);
    }
}
