package ru.trajectory.practices.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.PracticeApplication;
import ru.trajectory.practices.entity.PracticeStatus;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * «Применяю»: a teacher says they use a published practice and what happened in their class.
 * Once per person and practice; the count is shown on the practice and the event feeds
 * monitoring. Not queued for the index: the index holds no counts (a sort by how many apply is
 * still to come, and will then need the outbox here).
 */
@ApplicationScoped
public class PracticeUse {

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    Event<PracticeApplied> applied;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    /** @return how many apply the practice now */
    @Transactional
    public long apply(long practiceId, String feedback) {
        long me = access.personId();
        if (!access.caller().has(Role.TEACHER) && !access.caller().has(Role.MENTOR)) {
            throw new AccessDeniedException("Отметку «применяю» ставят педагоги");
        }
        Practice practice = access.visible(practiceId);
        if (practice.getStatus() != PracticeStatus.PUBLISHED) {
            throw new ConflictException("Применять можно только опубликованную практику");
        }
        if (practice.isAuthor(me)) {
            throw new ConflictException("Автор не отмечает собственную практику");
        }
        if (!em.createNamedQuery(PracticeApplication.OF_PERSON, PracticeApplication.class)
                .setParameter("practiceId", practiceId).setParameter("personId", me).getResultList().isEmpty()) {
            throw new ConflictException("Вы уже отметили, что применяете эту практику");
        }
        String text = feedback == null ? "" : feedback.strip();
        if (text.length() < PracticeApplication.FEEDBACK_MIN) {
            throw ValidationFailure.of("feedback", "Расскажите, как практика сработала в вашем классе (не короче "
                    + PracticeApplication.FEEDBACK_MIN + " символов)");
        }
        if (text.length() > PracticeApplication.FEEDBACK_MAX) {
            throw ValidationFailure.of("feedback", "Отзыв длиннее " + PracticeApplication.FEEDBACK_MAX + " символов");
        }
        Instant now = clock.instant();
        em.persist(new PracticeApplication(practiceId, me, text, now));
        // The unique key settles a race between two tabs: the second insert fails here, inside the call.
        em.flush();
        // The index sorts by how many apply a practice, so the new count must reach it too.
        outbox.enqueue(practiceId);
        applied.fire(new PracticeApplied(practiceId, me, now));
        return count(practiceId);
    }

    /** How many apply a practice the caller can see. */
    @Transactional
    public long count(long practiceId) {
        access.visible(practiceId);
        return em.createNamedQuery(PracticeApplication.COUNT_OF_PRACTICE, Long.class)
                .setParameter("practiceId", practiceId).getSingleResult();
    }

    /** The marks with feedback, newest first. */
    @Transactional
    public List<PracticeApplication> of(long practiceId) {
        access.visible(practiceId);
        return em.createNamedQuery(PracticeApplication.OF_PRACTICE, PracticeApplication.class)
                .setParameter("practiceId", practiceId).getResultList();
    }
}
