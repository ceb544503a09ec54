package ru.trajectory.courses.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.service.CourseNoticeTexts.SessionFacts;
import ru.trajectory.courses.service.CourseNoticeTexts.Text;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.RoleHolders;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.platform.notifications.service.Notifications;

/**
 * Turns what happened to enrollments into notifications. Plain synchronous observers, so they
 * run inside the transaction that fired the event: a change that rolls back tells nobody, and
 * the e-mail copies wait in the outbox until the change has committed.
 */
@ApplicationScoped
public class EnrollmentNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Notifications notifications;

    @Inject
    RoleHolders roleHolders;

    void placeConfirmed(@Observes PlaceConfirmed e) {
        CourseSession s = session(e.sessionId());
        tell(e.personId(), "courses.place-confirmed", CourseNoticeTexts.placeConfirmed(facts(s), e.afterApproval()), s);
    }

    void waitlisted(@Observes PlaceWaitlisted e) {
        CourseSession s = session(e.sessionId());
        tell(e.personId(), "courses.waitlisted", CourseNoticeTexts.waitlisted(facts(s), e.position(), e.afterApproval()), s);
    }

    void promoted(@Observes PromotedFromWaitlist e) {
        CourseSession s = session(e.sessionId());
        tell(e.personId(), "courses.promoted", CourseNoticeTexts.promoted(facts(s)), s);
    }

    void rejected(@Observes EnrollmentRejected e) {
        CourseSession s = session(e.sessionId());
        tell(e.personId(), "courses.rejected", CourseNoticeTexts.rejected(facts(s)), s);
    }

    /** Every director of the person's school hears of the request; any of them may decide. */
    void approvalRequested(@Observes ApprovalRequested e) {
        CourseSession s = session(e.sessionId());
        Person person = em.find(Person.class, e.personId());
        Text text = CourseNoticeTexts.approvalRequested(facts(s), person.getFullName());
        for (long director : roleHolders.people(Role.SCHOOL_ADMIN, ScopeType.SCHOOL, e.schoolId())) {
            if (director != e.personId()) {
                tell(director, "courses.approval-requested", text, s);
            }
        }
    }

    void sessionChanged(@Observes SessionChanged e) {
        CourseSession s = session(e.sessionId());
        Text text = e.cancelled() ? CourseNoticeTexts.sessionCancelled(facts(s)) : CourseNoticeTexts.sessionMoved(facts(s));
        for (long person : e.personIds()) {
            tell(person, e.cancelled() ? "courses.session-cancelled" : "courses.session-moved", text, s);
        }
    }

    void completed(@Observes CourseCompleted e) {
        Enrollment enrollment = em.find(Enrollment.class, e.enrollmentId());
        if (enrollment == null || enrollment.getCertificateNumber() == null) {
            return;
        }
        CourseSession s = enrollment.getSession();
        tell(e.personId(), "courses.completed", CourseNoticeTexts.completed(s.getCourse().getTitle(), e.hours(),
                e.completedOn(), enrollment.getCertificateNumber()), s);
    }

    private void tell(long personId, String kind, Text text, CourseSession s) {
        notifications.notify(personId, kind, text.title(), text.body(), courseLink(s));
    }

    static String courseLink(CourseSession s) {
        return "/courses/course.xhtml?id=" + s.getCourse().getId();
    }

    static SessionFacts facts(CourseSession s) {
        return new SessionFacts(s.getCourse().getTitle(), s.getStartsOn(), s.getEndsOn(), s.getPlace());
    }

    private CourseSession session(long id) {
        return em.find(CourseSession.class, id);
    }
}
