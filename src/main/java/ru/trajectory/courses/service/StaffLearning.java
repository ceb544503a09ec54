package ru.trajectory.courses.service;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * A director's view of their staff's learning: requests waiting for «согласование», who is
 * enrolled where, and the sessions still open for enrolling someone.
 */
@ApplicationScoped
public class StaffLearning {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    Clock clock;

    /** A staff member's enrollment with their name, for the director's lists. */
    public record StaffEnrollment(EnrollmentView enrollment, String fullName, String position)
            implements Serializable {
    }

    /** An open session someone may still be enrolled into. */
    public record OpenSession(long sessionId, String courseTitle, LocalDate start, LocalDate end, int freeSeats,
                              boolean requiresApproval) implements Serializable {
    }

    /** The staff's live enrollments (requests first), or only those with one status. */
    @Transactional
    public List<StaffEnrollment> enrollments(long schoolId, EnrollmentStatus only) {
        School school = directed(schoolId);
        List<Enrollment> found = em.createQuery("SELECT e FROM Enrollment e JOIN FETCH e.session s JOIN FETCH s.course "
                        + "WHERE e.personId IN (SELECT p.id FROM Person p WHERE p.school = :school) "
                        + "AND (:status IS NULL OR e.status = :status) "
                        + "AND e.status NOT IN (ru.trajectory.courses.entity.EnrollmentStatus.CANCELLED, "
                        + "ru.trajectory.courses.entity.EnrollmentStatus.REJECTED) "
                        + "ORDER BY s.startsOn DESC, e.id", Enrollment.class)
                .setParameter("school", school).setParameter("status", only).setMaxResults(1000).getResultList();
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Person> people = em.createQuery("SELECT p FROM Person p WHERE p.id IN :ids", Person.class)
                .setParameter("ids", found.stream().map(Enrollment::getPersonId).distinct().toList())
                .getResultStream().collect(Collectors.toMap(Person::getId, Function.identity()));
        return found.stream()
                .sorted((a, b) -> Boolean.compare(b.getStatus() == EnrollmentStatus.PENDING_APPROVAL,
                        a.getStatus() == EnrollmentStatus.PENDING_APPROVAL))
                .map(e -> {
                    Person p = people.get(e.getPersonId());
                    return new StaffEnrollment(new EnrollmentView(e, null), p.getFullName(),
                            p.getPosition() == null ? "" : p.getPosition().name());
                }).toList();
    }

    /** Sessions of published courses of the school's region whose enrollment is still open. */
    @Transactional
    public List<OpenSession> openSessions(long schoolId) {
        School school = directed(schoolId);
        LocalDate today = LocalDate.now(clock.withZone(MOSCOW));
        return em.createQuery("SELECT s FROM CourseSession s JOIN FETCH s.course c WHERE c.regionId = :region "
                        + "AND c.status = ru.trajectory.courses.entity.CourseStatus.PUBLISHED "
                        + "AND s.status = ru.trajectory.courses.entity.SessionStatus.OPEN "
                        + "AND s.enrollmentDeadline >= :today ORDER BY s.startsOn, c.title", CourseSession.class)
                .setParameter("region", school.getMunicipality().getRegion().getId()).setParameter("today", today)
                .setMaxResults(1000).getResultStream()
                .map(s -> new OpenSession(s.getId(), s.getCourse().getTitle(), s.getStartsOn(), s.getEndsOn(),
                        s.getFreeSeats(), s.getCourse().isRequiresApproval()))
                .toList();
    }

    /** The school the caller directs; another school is none of their business (403). */
    private School directed(long schoolId) {
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("Школа не найдена");
        }
        if (!access.caller().scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(schoolId)) {
            throw new AccessDeniedException("Обучение сотрудников видит руководитель их школы");
        }
        return school;
    }
}
