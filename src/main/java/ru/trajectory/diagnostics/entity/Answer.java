package ru.trajectory.diagnostics.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** The saved answer to one item of an attempt: chosen option ids, or a scale value. */
@Entity
@Table(name = "attempt_answer")
public class Answer {

    @EmbeddedId
    private Key key;

    @Column(name = "option_ids", length = 400)
    private String optionIds;

    @Column(name = "scale_value")
    private Integer scaleValue;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected Answer() {
    }

    Answer(long attemptId, long itemId) {
        this.key = new Key(attemptId, itemId);
    }

    void set(Set<Long> options, Integer scale, Instant now) {
        this.optionIds = options.isEmpty() ? null
                : new TreeSet<>(options).stream().map(String::valueOf).collect(Collectors.joining(","));
        this.scaleValue = scale;
        this.answeredAt = now;
    }

    public long getItemId() {
        return key.itemId;
    }

    public Set<Long> getOptionIds() {
        return optionIds == null ? Set.of()
                : Arrays.stream(optionIds.split(",")).map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    }

    public Integer getScaleValue() {
        return scaleValue;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    @Embeddable
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        @Column(name = "attempt_id")
        private long attemptId;

        @Column(name = "item_id")
        private long itemId;

        protected Key() {
        }

        Key(long attemptId, long itemId) {
            this.attemptId = attemptId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.itemId == itemId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, itemId);
        }
    }
}
