package ru.trajectory.courses.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.courses.entity.EventRegistration;
import ru.trajectory.courses.entity.SessionStatus;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The caller's own learning calendar: sessions they hold, wait for or finished a place in,
 * and the events they registered for. Only ever the caller's: there is no parameter naming
 * whose calendar, so nobody can read another person's.
 */
@ApplicationScoped
public class LearningCalendar {

    /** Enrollments that put days in a calendar; cancelled and rejected ones do not. */
    static final Set<EnrollmentStatus> SHOWN = EnumSet.of(EnrollmentStatus.CONFIRMED, EnrollmentStatus.WAITLISTED,
            EnrollmentStatus.PENDING_APPROVAL, EnrollmentStatus.COMPLETED);

    /** Longest range one request may ask for, so that a crafted range cannot read years at once. */
    static final int MAX_DAYS = 1200;

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    Clock clock;

    /**
     * Entries that touch the days {@code from} to {@code to} (both included, Moscow dates),
     * in order of start.
     */
    @Transactional
    public List<CalendarEntry> entries(LocalDate from, LocalDate to) {
        if (from == null || to == null || to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw ValidationFailure.of("to", "Период календаря: начало не позже конца, не более " + MAX_DAYS + " дней");
        }
        long person = person();
        List<CalendarEntry> result = new ArrayList<>();
        em.createQuery("SELECT e FROM Enrollment e JOIN FETCH e.session s JOIN FETCH s.course "
                        + "WHERE e.personId = :p AND e.status IN :statuses AND s.startsOn <= :to AND s.endsOn >= :from",
                        Enrollment.class)
                .setParameter("p", person).setParameter("statuses", SHOWN)
                .setParameter("from", from).setParameter("to", to)
                .getResultStream()
                .forEach(e -> result.add(CalendarEntry.session(e.getId(), e.getSession().getCourse().getId(),
                        e.getSession().getCourse().getTitle(), e.getStatus(),
                        e.getSession().getStatus() == SessionStatus.CANCELLED, e.getSession().getStartsOn(),
                        e.getSession().getEndsOn(), e.getSession().getPlace())));
        Instant start = from.atStartOfDay(MOSCOW).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(MOSCOW).toInstant();
        em.createQuery("SELECT r FROM EventRegistration r JOIN FETCH r.event v "
                        + "WHERE r.personId = :p AND v.startsAt < :end AND v.endsAt >= :start", EventRegistration.class)
                .setParameter("p", person).setParameter("start", start).setParameter("end", end)
                .getResultStream()
                .forEach(r -> result.add(CalendarEntry.event(r.getId(), r.getEvent().getId(), r.getEvent().getTitle(),
                        r.getEvent().getKind(), r.isAttended(), r.getEvent().getStatus() == SessionStatus.CANCELLED,
                        r.getEvent().getStartsAt(), r.getEvent().getEndsAt(), r.getEvent().getPlace())));
        result.sort(Comparator.comparing(CalendarEntry::getStart).thenComparing(CalendarEntry::getTitle)
                .thenComparing(CalendarEntry::getKey));
        return result;
    }

    /** Entries from today (Moscow) for a year ahead, at most {@code limit} of them. */
    @Transactional
    public List<CalendarEntry> upcoming(int limit) {
        LocalDate today = today();
        List<CalendarEntry> all = entries(today, today.plusYears(1));
        return all.size() <= limit ? all : List.copyOf(all.subList(0, limit));
    }

    /** What an export holds: a year back and two years ahead, so past courses stay in the file. */
    @Transactional
    public List<CalendarEntry> forExport() {
        LocalDate today = today();
        return entries(today.minusYears(1), today.plusYears(2));
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(MOSCOW));
    }

    private long person() {
        Caller c = access.caller();
        if (c.personId() == null) {
            throw new AccessDeniedException("Учётная запись не связана с сотрудником");
        }
        return c.personId();
    }
}
