package ru.trajectory.practices.entity;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An author or co-author; exactly one author of a practice is its lead. */
@Embeddable
public class PracticeAuthor {

    @Column(name = "person_id", nullable = false)
    private Long personId;

    @Column(name = "is_lead", nullable = false)
    private boolean lead;

    protected PracticeAuthor() {
    }

    public PracticeAuthor(long personId, boolean lead) {
        this.personId = personId;
        this.lead = lead;
    }

    public Long getPersonId() {
        return personId;
    }

    public boolean isLead() {
        return lead;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PracticeAuthor other && Objects.equals(personId, other.personId) && lead == other.lead;
    }

    @Override
    public int hashCode() {
        return Objects.hash(personId, lead);
    }
}
