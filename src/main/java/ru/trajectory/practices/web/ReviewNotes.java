package ru.trajectory.practices.web;

import java.io.Serializable;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import ru.trajectory.practices.entity.PracticeReviewRecord;

/**
 * An expert's decision as the authors read it above the form: the overall comment and a score
 * with a comment per criterion, in the criteria's own order. A copy with getters, so that the
 * view-scoped page keeps no entity and EL reads it (EL cannot read records).
 */
public final class ReviewNotes implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion's score and comment. */
    public static final class Note implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String criterion;
        private final int score;
        private final String comment;

        Note(String criterion, int score, String comment) {
            this.criterion = criterion;
            this.score = score;
            this.comment = comment;
        }

        /** A {@link ru.trajectory.practices.entity.ReviewCriterion} name. */
        public String getCriterion() {
            return criterion;
        }

        public int getScore() {
            return score;
        }

        public String getComment() {
            return comment;
        }
    }

    private final String decision;
    private final Instant at;
    private final String comment;
    private final List<Note> notes;

    private ReviewNotes(String decision, Instant at, String comment, List<Note> notes) {
        this.decision = decision;
        this.at = at;
        this.comment = comment;
        this.notes = notes;
    }

    static ReviewNotes of(PracticeReviewRecord review) {
        return new ReviewNotes(review.getDecision().name(), review.getCreatedAt(), review.getComment(),
                review.getScores().stream()
                        .sorted(Comparator.comparingInt(s -> s.getCriterion().ordinal()))
                        .map(s -> new Note(s.getCriterion().name(), s.getScore(), s.getComment())).toList());
    }

    public String getDecision() {
        return decision;
    }

    public String getAt() {
        return PracticeDates.dateTime(at);
    }

    public String getComment() {
        return comment;
    }

    public List<Note> getNotes() {
        return notes;
    }
}
