package ru.trajectory.practices.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.RoleHolders;
import ru.trajectory.practices.entity.CriterionScore;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.PracticeApplication;
import ru.trajectory.practices.entity.PracticeAuthor;
import ru.trajectory.practices.entity.PracticeReviewRecord;
import ru.trajectory.practices.entity.PracticeStatus;
import ru.trajectory.practices.entity.ReviewCriterion;
import ru.trajectory.practices.entity.ReviewDecision;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.notifications.service.Notifications;

/**
 * The expert review: an author submits the practice, a methodologist of its region publishes it
 * or returns it with scores and comments per criterion, and the authors are told either way.
 * The review score is the mean of the criteria scores of the latest review.
 */
@ApplicationScoped
public class PracticeReview {

    static final int COMMENT_MAX = PracticeReviewRecord.COMMENT_MAX;

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    SearchOutbox outbox;

    @Inject
    Notifications notifications;

    @Inject
    RoleHolders roleHolders;

    @Inject
    Clock clock;

    /** An author hands a draft or returned practice to the experts. */
    @Transactional
    public PracticeView submit(long id) {
        Practice practice = access.visible(id);
        if (!practice.isAuthor(access.caller().personId())) {
            throw new ru.trajectory.platform.errors.AccessDeniedException(
                    "Отправить практику на экспертизу может только её автор");
        }
        practice.submit(clock.instant());
        outbox.enqueue(id);
        tellMethodologists(practice);
        return view(practice);
    }

    /** Publication with all criteria scored; the comment is optional. */
    @Transactional
    public PracticeView publish(long id, List<ScoreInput> scores, String comment) {
        return decide(id, ReviewDecision.PUBLISHED, scores, comment);
    }

    /** Back to the authors for changes; at least one comment tells them what to change. */
    @Transactional
    public PracticeView returnWith(long id, List<ScoreInput> scores, String comment) {
        return decide(id, ReviewDecision.RETURNED, scores, comment);
    }

    /** Withdrawn from the bank by a methodologist of its region. */
    @Transactional
    public PracticeView archive(long id) {
        Practice practice = access.visible(id);
        access.requireReviewer(practice);
        practice.archive(clock.instant());
        outbox.enqueue(id);
        tellAuthors(practice, "practices.archived", "Практика перенесена в архив",
                "Практика «" + practice.getTitle() + "» больше не показывается в банке практик.");
        return view(practice);
    }

    /** Practices waiting for review in the regions the caller reviews, oldest first. */
    @Transactional
    public List<PracticeView> queue() {
        var regions = access.caller().scopes(ru.trajectory.identity.entity.Role.METHODOLOGIST,
                ru.trajectory.identity.entity.ScopeType.REGION);
        if (regions.isEmpty()) {
            throw new ru.trajectory.platform.errors.AccessDeniedException(
                    "Очередь экспертизы видит методист региона");
        }
        List<PracticeView> queue = new java.util.ArrayList<>();
        for (Long region : regions) {
            em.createNamedQuery(Practice.BY_STATUS_IN_REGION, Practice.class).setParameter("regionId", region)
                    .setParameter("status", PracticeStatus.ON_REVIEW).getResultList()
                    .forEach(p -> queue.add(view(p)));
        }
        return queue;
    }

    /** The practice's reviews, newest first; for its authors and reviewers. */
    @Transactional
    public List<PracticeReviewRecord> reviews(long id) {
        Practice practice = access.visible(id);
        if (!practice.isAuthor(access.caller().personId()) && !access.reviews(practice)) {
            throw new ru.trajectory.platform.errors.AccessDeniedException(
                    "Экспертные заключения видят авторы и эксперты");
        }
        return em.createNamedQuery(PracticeReviewRecord.OF_PRACTICE, PracticeReviewRecord.class)
                .setParameter("practiceId", id).getResultList();
    }

    private PracticeView decide(long id, ReviewDecision decision, List<ScoreInput> input, String comment) {
        Practice practice = access.visible(id);
        access.requireReviewer(practice);
        long reviewer = access.personId();
        if (practice.isAuthor(reviewer)) {
            throw new ru.trajectory.platform.errors.AccessDeniedException(
                    "Эксперт не проводит экспертизу собственной практики");
        }
        if (practice.getStatus() != PracticeStatus.ON_REVIEW) {
            throw new ru.trajectory.platform.errors.ConflictException("Практика не находится на экспертизе");
        }
        List<CriterionScore> scores = scores(input, decision);
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw ValidationFailure.of("comment", "Комментарий длиннее " + COMMENT_MAX + " символов");
        }
        if (decision == ReviewDecision.RETURNED && text == null
                && scores.stream().allMatch(s -> s.getComment() == null)) {
            throw ValidationFailure.of("comment", "Напишите авторам, что нужно доработать");
        }
        em.persist(new PracticeReviewRecord(id, reviewer, decision, text, scores, clock.instant()));
        if (decision == ReviewDecision.PUBLISHED) {
            practice.publish(scores, clock.instant());
            tellAuthors(practice, "practices.published", "Практика опубликована",
                    "Практика «" + practice.getTitle() + "» прошла экспертизу и опубликована в банке практик.");
        } else {
            practice.returnWith(scores, clock.instant());
            tellAuthors(practice, "practices.returned", "Практика возвращена на доработку",
                    "Эксперт вернул практику «" + practice.getTitle() + "» на доработку."
                            + (text == null ? "" : " Комментарий: " + text));
        }
        outbox.enqueue(id);
        return view(practice);
    }

    /** Publication needs every criterion scored; a return may score only what it comments on. */
    private static List<CriterionScore> scores(List<ScoreInput> input, ReviewDecision decision) {
        List<FieldError> errors = new ArrayList<>();
        List<CriterionScore> scores = new ArrayList<>();
        Set<ReviewCriterion> seen = EnumSet.noneOf(ReviewCriterion.class);
        for (ScoreInput s : input == null ? List.<ScoreInput>of() : input) {
            ReviewCriterion criterion = criterion(s == null ? null : s.criterion());
            if (criterion == null) {
                errors.add(new FieldError("scores", "Неизвестный критерий: " + (s == null ? null : s.criterion())));
                continue;
            }
            if (!seen.add(criterion)) {
                errors.add(new FieldError("scores", "Критерий «" + criterion.label() + "» оценён дважды"));
                continue;
            }
            if (s.score() == null || s.score() < CriterionScore.MIN || s.score() > CriterionScore.MAX) {
                errors.add(new FieldError("scores", "Оценка по критерию «" + criterion.label() + "» — от 1 до 5"));
                continue;
            }
            if (s.comment() != null && s.comment().length() > CriterionScore.COMMENT_MAX) {
                errors.add(new FieldError("scores", "Комментарий к критерию «" + criterion.label()
                        + "» длиннее " + CriterionScore.COMMENT_MAX + " символов"));
                continue;
            }
            scores.add(new CriterionScore(criterion, s.score(), s.comment()));
        }
        if (decision == ReviewDecision.PUBLISHED && errors.isEmpty()) {
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                if (!seen.contains(criterion)) {
                    errors.add(new FieldError("scores", "Оцените критерий «" + criterion.label() + "»"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return scores;
    }

    private static ReviewCriterion criterion(String name) {
        if (name == null) {
            return null;
        }
        try {
            return ReviewCriterion.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Every methodologist of the practice's region hears that it waits for review; any of them may
     * take it. Its own authors are left out: nobody reviews their own practice. Inside the
     * submitting transaction, so a submission that rolls back tells nobody.
     */
    private void tellMethodologists(Practice practice) {
        String link = "/practices/review.xhtml?id=" + practice.getId();
        String body = "Практика «" + practice.getTitle() + "» отправлена на экспертизу. Оцените её по критериям "
                + "и опубликуйте или верните авторам на доработку.";
        for (long methodologist : roleHolders.people(Role.METHODOLOGIST, ScopeType.REGION, practice.getRegionId())) {
            if (!practice.isAuthor(methodologist)) {
                notifications.notify(methodologist, "practices.submitted", "Практика ждёт экспертизы", body, link);
            }
        }
    }

    private void tellAuthors(Practice practice, String kind, String title, String body) {
        String link = "/practices/practice.xhtml?id=" + practice.getId();
        for (PracticeAuthor author : practice.getAuthors()) {
            notifications.notify(author.getPersonId(), kind, title, body, link);
        }
    }

    private PracticeView view(Practice practice) {
        long applications = em.createNamedQuery(PracticeApplication.COUNT_OF_PRACTICE, Long.class)
                .setParameter("practiceId", practice.getId()).getSingleResult();
        return PracticeView.of(practice, applications);
    }
}
