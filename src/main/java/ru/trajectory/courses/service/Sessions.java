package ru.trajectory.courses.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.Course;
import ru.trajectory.courses.entity.CourseFormat;
import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * A methodologist's side of sessions: scheduling and rescheduling them, cancelling one, and the
 * roster of who is in it. Seat changes take the session's row lock, as enrollments do.
 */
@ApplicationScoped
public class Sessions {

    /** Those the methodologist acts on come first: who finished, who holds a seat, who waits. */
    private static final List<EnrollmentStatus> ROSTER_ORDER = List.of(EnrollmentStatus.COMPLETED,
            EnrollmentStatus.CONFIRMED, EnrollmentStatus.PENDING_APPROVAL, EnrollmentStatus.WAITLISTED,
            EnrollmentStatus.REJECTED, EnrollmentStatus.CANCELLED);

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    Catalogue catalogue;

    @Inject
    Enrollments enrollments;

    @Inject
    Event<SessionChanged> rescheduled;

    @Transactional
    public CourseView.SessionView add(long courseId, SessionInput in) {
        Course course = catalogue.find(courseId);
        access.requireRunner(course);
        Checked ok = check(in, 0);
        CourseSession session = new CourseSession(course, in.start(), in.end(), ok.format(), place(in), in.capacity(),
                ok.deadline());
        em.persist(session);
        em.flush();
        return new CourseView.SessionView(session);
    }

    /**
     * Reschedules a session. Seats may not drop below the places already confirmed; seats added
     * go to the waitlist in its order at once.
     */
    @Transactional
    public CourseView.SessionView update(long sessionId, SessionInput in) {
        CourseSession session = em.find(CourseSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("Поток курса не найден");
        }
        access.requireRunner(session.getCourse());
        if (!session.isOpen()) {
            throw new ConflictException("Поток отменён: его нельзя изменить");
        }
        Checked ok = check(in, session.getConfirmedCount());
        boolean moved = !in.start().equals(session.getStartsOn()) || !in.end().equals(session.getEndsOn())
                || ok.format() != session.getFormat() || !Objects.equals(place(in), session.getPlace());
        session.reschedule(in.start(), in.end(), ok.format(), place(in), in.capacity(), ok.deadline());
        if (moved) {
            rescheduled.fire(new SessionChanged(session.getId(), livePeople(session), false));
        }
        enrollments.fillFreeSeats(session);
        return new CourseView.SessionView(session);
    }

    /** Cancels a session: every live request in it is cancelled with it. */
    @Transactional
    public CourseView.SessionView cancel(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new NotFoundException("Поток курса не найден");
        }
        access.requireRunner(session.getCourse());
        if (!session.isOpen()) {
            throw new ConflictException("Поток уже отменён");
        }
        List<Long> told = livePeople(session);
        em.createQuery("SELECT e FROM Enrollment e WHERE e.session = :s ORDER BY e.id", Enrollment.class)
                .setParameter("s", session).getResultStream()
                .filter(e -> e.getStatus().isLive() && e.getStatus() != EnrollmentStatus.COMPLETED)
                .forEach(Enrollment::cancel);
        session.cancel();
        rescheduled.fire(new SessionChanged(session.getId(), told, true));
        return new CourseView.SessionView(session);
    }

    /** A session with its course, for the methodologist who runs it. */
    @Transactional
    public SessionRoster roster(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("Поток курса не найден");
        }
        access.requireRunner(session.getCourse());
        List<Enrollment> all = em.createQuery("SELECT e FROM Enrollment e WHERE e.session = :s ORDER BY e.requestedAt, e.id",
                Enrollment.class).setParameter("s", session).getResultList();
        Map<Long, Person> people = all.isEmpty() ? Map.of()
                : em.createQuery("SELECT p FROM Person p LEFT JOIN FETCH p.school WHERE p.id IN :ids", Person.class)
                .setParameter("ids", all.stream().map(Enrollment::getPersonId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
        List<Enrollment> waiting = all.stream().filter(e -> e.getStatus() == EnrollmentStatus.WAITLISTED)
                .sorted(Comparator.comparing(Enrollment::getWaitlistNumber)).toList();
        List<SessionRoster.Participant> participants = new ArrayList<>();
        for (Enrollment e : all) {
            Person p = people.get(e.getPersonId());
            int position = waiting.indexOf(e) + 1;
            participants.add(new SessionRoster.Participant(e.getId(), e.getPersonId(), p.getFullName(),
                    p.getSchool() == null ? "" : p.getSchool().getName(), e.getStatus(), position == 0 ? null : position,
                    e.getCompletedOn(), e.getHours(), e.getCertificateNumber()));
        }
        participants.sort(Comparator.comparing((SessionRoster.Participant p) -> ROSTER_ORDER.indexOf(p.status()))
                .thenComparing(p -> p.position() == null ? 0 : p.position())
                .thenComparing(SessionRoster.Participant::fullName));
        Course course = session.getCourse();
        return new SessionRoster(course.getId(), course.getTitle(), course.getHours(), new CourseView.SessionView(session),
                participants);
    }

    /** Those holding or awaiting a place: the people a change of the session concerns. */
    private List<Long> livePeople(CourseSession session) {
        return em.createQuery("SELECT e.personId FROM Enrollment e WHERE e.session = :s AND e.status IN ("
                        + "ru.trajectory.courses.entity.EnrollmentStatus.CONFIRMED, "
                        + "ru.trajectory.courses.entity.EnrollmentStatus.WAITLISTED, "
                        + "ru.trajectory.courses.entity.EnrollmentStatus.PENDING_APPROVAL)", Long.class)
                .setParameter("s", session).getResultList();
    }

    private record Checked(CourseFormat format, LocalDate deadline) {
    }

    private static Checked check(SessionInput in, int confirmed) {
        List<FieldError> errors = new ArrayList<>();
        CourseFormat format = Catalogue.format(in.format(), errors);
        if (in.start() == null) {
            errors.add(new FieldError("start", "Укажите дату начала"));
        }
        if (in.end() == null) {
            errors.add(new FieldError("end", "Укажите дату окончания"));
        }
        if (in.start() != null && in.end() != null && in.end().isBefore(in.start())) {
            errors.add(new FieldError("end", "Поток не может закончиться раньше, чем начался"));
        }
        if (in.capacity() == null || in.capacity() < 1 || in.capacity() > 10_000) {
            errors.add(new FieldError("capacity", "Число мест — целое от 1 до 10 000"));
        } else if (in.capacity() < confirmed) {
            errors.add(new FieldError("capacity", "Мест не может быть меньше, чем уже подтверждено: " + confirmed));
        }
        if (in.place() != null && in.place().length() > 500) {
            errors.add(new FieldError("place", "Место или ссылка — до 500 символов"));
        }
        LocalDate deadline = in.enrollmentDeadline() != null ? in.enrollmentDeadline() : in.start();
        if (deadline != null && in.end() != null && deadline.isAfter(in.end())) {
            errors.add(new FieldError("enrollmentDeadline", "Запись должна закрываться не позже окончания потока"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return new Checked(format, deadline);
    }

    private static String place(SessionInput in) {
        return in.place() == null || in.place().isBlank() ? null : in.place().strip();
    }
}
