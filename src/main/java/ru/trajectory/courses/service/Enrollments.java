package ru.trajectory.courses.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Enrollment into sessions. Every change of seats happens under the session's row lock, and
 * the database's CHECK on the confirmed count is the last word: a session is never overfilled,
 * the waitlist keeps the order of requests, and a freed seat goes to the first in line.
 */
@ApplicationScoped
public class Enrollments {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    Clock clock;

    @Inject
    Event<CourseCompleted> completions;

    @Inject
    Event<PlaceConfirmed> confirmations;

    @Inject
    Event<PlaceWaitlisted> waitlistings;

    @Inject
    Event<PromotedFromWaitlist> promotions;

    @Inject
    Event<ApprovalRequested> approvalRequests;

    @Inject
    Event<EnrollmentRejected> rejections;

    /** Enrolls the caller (or, for a director, a member of their staff) into a session. */
    @Transactional
    public EnrollmentView enroll(long sessionId, Long personId) {
        Person person = access.enrollee(personId);
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null || !session.getCourse().isPublished()
                || !session.getCourse().getRegionId().equals(person.getRegion().getId())) {
            throw new NotFoundException("Поток курса не найден");
        }
        if (today().isAfter(session.getEnrollmentDeadline())) {
            throw ValidationFailure.of("sessionId", "Запись на этот поток закончилась " + session.getEnrollmentDeadline());
        }
        boolean already = !em.createNamedQuery(Enrollment.LIVE_OF_PERSON, Enrollment.class)
                .setParameter("sessionId", sessionId).setParameter("personId", person.getId())
                .getResultList().isEmpty();
        if (already) {
            throw new ConflictException("Сотрудник уже записан на этот поток");
        }
        // The seat is taken under the session's row lock, held from here to the commit; the
        // checks above need no lock (a second request of the same person meets the unique
        // live key), so the lock is taken as late as possible and the session read afresh.
        em.refresh(session, LockModeType.PESSIMISTIC_WRITE);
        if (!session.isOpen()) {
            throw ValidationFailure.of("sessionId", "Поток отменён: запись на него закрыта");
        }
        Caller c = access.caller();
        Enrollment enrollment = new Enrollment(session, person.getId(), c.login(), clock.instant());
        boolean byDirector = access.directs(person);
        if (session.getCourse().isRequiresApproval() && !byDirector) {
            enrollment.awaitApproval();
        } else {
            enrollment.seat();
        }
        try {
            em.persist(enrollment);
            em.flush();
        } catch (PersistenceException e) {
            if (causedBy(e, "uq_enrollment_live")) {
                throw new ConflictException("Сотрудник уже записан на этот поток");
            }
            throw e;
        }
        EnrollmentView view = view(enrollment);
        if (enrollment.getStatus() == EnrollmentStatus.PENDING_APPROVAL) {
            if (person.getSchool() != null) {
                approvalRequests.fire(new ApprovalRequested(enrollment.getId(), person.getId(), sessionId,
                        person.getSchool().getId()));
            }
        } else {
            announceSeat(enrollment, view, false);
        }
        return view;
    }

    /** The director's decision on a request that needs their approval. */
    @Transactional
    public EnrollmentView decide(long enrollmentId, boolean approve) {
        Enrollment enrollment = find(enrollmentId);
        Person person = em.find(Person.class, enrollment.getPersonId());
        if (!access.directs(person)) {
            throw new AccessDeniedException("Заявку согласует руководитель школы сотрудника");
        }
        if (enrollment.getStatus() != EnrollmentStatus.PENDING_APPROVAL) {
            throw new ConflictException("Заявка уже рассмотрена");
        }
        em.lock(enrollment.getSession(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(enrollment.getSession());
        enrollment.decide(approve, access.caller().login(), clock.instant());
        EnrollmentView view = view(enrollment);
        if (approve) {
            announceSeat(enrollment, view, true);
        } else {
            rejections.fire(new EnrollmentRejected(enrollment.getId(), enrollment.getPersonId(),
                    enrollment.getSession().getId()));
        }
        return view;
    }

    /** Cancels an enrollment; a freed seat goes to the first of the waitlist at once. */
    @Transactional
    public EnrollmentView cancel(long enrollmentId) {
        Enrollment enrollment = find(enrollmentId);
        Person person = em.find(Person.class, enrollment.getPersonId());
        boolean own = Objects.equals(access.caller().personId(), person.getId());
        if (!own && !access.directs(person) && !access.runs(enrollment.getSession().getCourse())) {
            throw new NotFoundException("Запись не найдена");
        }
        if (!enrollment.getStatus().isLive() || enrollment.getStatus() == EnrollmentStatus.COMPLETED) {
            throw new ConflictException("Эту запись уже нельзя отменить");
        }
        CourseSession session = enrollment.getSession();
        em.lock(session, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(session);
        if (enrollment.cancel()) {
            fillFreeSeats(session);
        }
        return view(enrollment);
    }

    /**
     * Gives every free seat of the session to the waitlist in its order and tells each promoted
     * person. The caller holds the session's row lock.
     */
    void fillFreeSeats(CourseSession session) {
        while (session.hasFreeSeat()) {
            var next = em.createNamedQuery(Enrollment.FIRST_WAITING, Enrollment.class)
                    .setParameter("sessionId", session.getId()).setMaxResults(1).getResultStream().findFirst();
            if (next.isEmpty()) {
                return;
            }
            next.get().promote();
            em.flush();
            promotions.fire(new PromotedFromWaitlist(next.get().getId(), next.get().getPersonId(), session.getId()));
        }
    }

    /** Marks a confirmed participant completed with hours, date and certificate number. */
    @Transactional
    public EnrollmentView complete(long enrollmentId, Integer hours, LocalDate on, String certificateNumber) {
        Enrollment enrollment = find(enrollmentId);
        var course = enrollment.getSession().getCourse();
        if (!access.runs(course)) {
            throw new AccessDeniedException("Прохождение курса отмечает методист региона");
        }
        List<FieldError> errors = new java.util.ArrayList<>();
        if (hours == null || hours < 1 || hours > course.getHours()) {
            errors.add(new FieldError("hours", "Часы — от 1 до " + course.getHours() + " (объём программы)"));
        }
        if (on == null || on.isAfter(today())) {
            errors.add(new FieldError("date", "Дата завершения не может быть пустой или в будущем"));
        }
        if (certificateNumber == null || certificateNumber.isBlank() || certificateNumber.strip().length() > 64) {
            errors.add(new FieldError("certificateNumber", "Укажите номер удостоверения (до 64 символов)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        if (enrollment.getStatus() != EnrollmentStatus.CONFIRMED && enrollment.getStatus() != EnrollmentStatus.COMPLETED) {
            throw new ConflictException("Завершить курс может только участник с подтверждённым местом");
        }
        enrollment.complete(on, hours, certificateNumber.strip());
        completions.fire(new CourseCompleted(enrollment.getId(), enrollment.getPersonId(), course.getId(), hours, on,
                course.getCompetencyCodes()));
        return view(enrollment);
    }

    /** An enrollment as its person, their director or the course's methodologist sees it. */
    @Transactional
    public EnrollmentView get(long enrollmentId) {
        Enrollment enrollment = find(enrollmentId);
        Person person = em.find(Person.class, enrollment.getPersonId());
        if (!Objects.equals(access.caller().personId(), person.getId()) && !access.directs(person)
                && !access.runs(enrollment.getSession().getCourse())) {
            throw new NotFoundException("Запись не найдена");
        }
        return view(enrollment);
    }

    /** Tells observers (notifications among them) where a request ended up: a seat or the waitlist. */
    private void announceSeat(Enrollment e, EnrollmentView view, boolean afterApproval) {
        if (e.getStatus() == EnrollmentStatus.CONFIRMED) {
            confirmations.fire(new PlaceConfirmed(e.getId(), e.getPersonId(), e.getSession().getId(), afterApproval));
        } else if (e.getStatus() == EnrollmentStatus.WAITLISTED) {
            waitlistings.fire(new PlaceWaitlisted(e.getId(), e.getPersonId(), e.getSession().getId(), view.getPosition(),
                    afterApproval));
        }
    }

    /** Whether a database constraint of that name refused the write. */
    private static boolean causedBy(Throwable e, String constraint) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(constraint)) {
                return true;
            }
        }
        return false;
    }

    private Enrollment find(long id) {
        Enrollment e = em.find(Enrollment.class, id);
        if (e == null) {
            throw new NotFoundException("Запись не найдена");
        }
        return e;
    }

    private EnrollmentView view(Enrollment e) {
        Integer position = null;
        if (e.getStatus() == EnrollmentStatus.WAITLISTED) {
            position = Math.toIntExact(em.createNamedQuery(Enrollment.WAITING_AHEAD, Long.class)
                    .setParameter("sessionId", e.getSession().getId())
                    .setParameter("number", e.getWaitlistNumber()).getSingleResult()) + 1;
        }
        return new EnrollmentView(e, position);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MOSCOW));
    }
}
