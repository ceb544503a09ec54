package ru.trajectory.courses.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.EventRegistration;
import ru.trajectory.courses.entity.LearningEvent;
import ru.trajectory.courses.service.CourseNoticeTexts.Text;
import ru.trajectory.platform.notifications.service.Notifications;

/**
 * Reminders a day ahead: every confirmed participant of a session that starts tomorrow
 * (Moscow date), every registrant of an event that starts within 24 hours. A dedupe key per
 * session or event and person makes each reminder once only, however often the job runs and on
 * however many servers. One transaction per session or event, so a failure loses only that one,
 * and people are taken in id order, so two servers inserting the same keys wait for each other
 * instead of deadlocking.
 */
@ApplicationScoped
public class CourseReminders {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Duration EVENT_AHEAD = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Notifications notifications;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> sessionsStartingTomorrow() {
        LocalDate tomorrow = LocalDate.now(clock.withZone(MOSCOW)).plusDays(1);
        return em.createQuery("SELECT s.id FROM CourseSession s WHERE s.startsOn = :day "
                        + "AND s.status = ru.trajectory.courses.entity.SessionStatus.OPEN ORDER BY s.id", Long.class)
                .setParameter("day", tomorrow).getResultList();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Long> eventsStartingSoon() {
        Instant now = clock.instant();
        return em.createQuery("SELECT e.id FROM LearningEvent e WHERE e.startsAt > :now AND e.startsAt <= :until "
                        + "AND e.status = ru.trajectory.courses.entity.SessionStatus.OPEN ORDER BY e.id", Long.class)
                .setParameter("now", now).setParameter("until", now.plus(EVENT_AHEAD)).getResultList();
    }

    /** Reminds the confirmed participants of one session; returns how many people were considered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remindSession(long sessionId) {
        CourseSession s = em.find(CourseSession.class, sessionId);
        if (s == null || !s.isOpen()) {
            return 0;
        }
        List<Long> people = em.createQuery("SELECT e.personId FROM Enrollment e WHERE e.session = :s "
                        + "AND e.status = ru.trajectory.courses.entity.EnrollmentStatus.CONFIRMED ORDER BY e.personId",
                        Long.class)
                .setParameter("s", s).getResultList();
        Text text = CourseNoticeTexts.sessionTomorrow(EnrollmentNotices.facts(s));
        for (long person : people) {
            notifications.notify(person, "courses.reminder.session", text.title(), text.body(),
                    EnrollmentNotices.courseLink(s), "reminder:session:" + sessionId + ":" + person);
        }
        return people.size();
    }

    /** Reminds everyone registered for one event; returns how many people were considered. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int remindEvent(long eventId) {
        LearningEvent event = em.find(LearningEvent.class, eventId);
        if (event == null || !event.isOpen()) {
            return 0;
        }
        List<Long> people = em.createNamedQuery(EventRegistration.OF_EVENT, EventRegistration.class)
                .setParameter("eventId", eventId).getResultStream().map(EventRegistration::getPersonId).sorted().toList();
        Text text = CourseNoticeTexts.eventSoon(event.getKind(), event.getTitle(), event.getStartsAt(), event.getPlace());
        for (long person : people) {
            notifications.notify(person, "courses.reminder.event", text.title(), text.body(), "/courses/events.xhtml",
                    "reminder:event:" + eventId + ":" + person);
        }
        return people.size();
    }
}
