package ru.trajectory.diagnostics.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.AttemptStatus;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * Who on a school's staff took which diagnostic, for the school's director. It names people,
 * so managers above the school do not get it (they have the heat map's counts); and it never
 * carries scores, levels or answers, which stay between the teacher, a methodologist and an
 * active mentor.
 */
@ApplicationScoped
@Transactional
public class Participation {

    private static final String FROM = "FROM Attempt a JOIN a.instrument i, Person p "
            + "WHERE p.id = a.personId AND p.school.id = :schoolId";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** One page of the school's attempts, people in alphabetical order, each person's newest attempt first. */
    public List<ParticipationRow> attempts(long schoolId, int first, int size) {
        requireDirector(schoolId);
        return em.createQuery("SELECT a.id, p.id, p.lastName, p.firstName, p.middleName, p.position, i.title, i.version, "
                        + "a.status, a.startedAt, a.finishedAt " + FROM
                        + " ORDER BY p.lastName, p.firstName, p.middleName, p.id, a.startedAt DESC, a.id DESC",
                        Object[].class)
                .setParameter("schoolId", schoolId)
                .setFirstResult(Math.max(0, first)).setMaxResults(size)
                .getResultStream()
                .map(r -> new ParticipationRow((Long) r[0], (Long) r[1], fullName((String) r[2], (String) r[3],
                        (String) r[4]), (Position) r[5], (String) r[6], ((Number) r[7]).intValue(),
                        (AttemptStatus) r[8], (Instant) r[9], (Instant) r[10]))
                .toList();
    }

    public long countAttempts(long schoolId) {
        requireDirector(schoolId);
        return em.createQuery("SELECT COUNT(a) " + FROM, Long.class).setParameter("schoolId", schoolId)
                .getSingleResult();
    }

    /** The school's full name, for the list's heading; the same access rule as the list. */
    public String schoolName(long schoolId) {
        return requireDirector(schoolId).getName();
    }

    /** Whether the caller may open the list, for pages that offer a link to it. */
    public boolean mayView(long schoolId) {
        Caller c = currentCaller.get();
        return c.isSignedIn() && c.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(schoolId)
                && em.find(School.class, schoolId) != null;
    }

    private School requireDirector(long schoolId) {
        Caller c = currentCaller.get();
        if (!c.isSignedIn()) {
            throw new AccessDeniedException("Войдите в систему");
        }
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("Школа не найдена");
        }
        if (!c.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(schoolId)) {
            throw new AccessDeniedException("Список прохождения диагностик доступен только руководителю школы");
        }
        return school;
    }

    private static String fullName(String last, String first, String middle) {
        return middle == null ? last + " " + first : last + " " + first + " " + middle;
    }
}
