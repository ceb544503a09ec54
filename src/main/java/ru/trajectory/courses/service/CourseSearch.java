package ru.trajectory.courses.service;

import java.io.Serializable;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.Course;
import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.Subject;
import ru.trajectory.organizations.entity.SupportOrganization;
import ru.trajectory.organizations.service.TerritoryScope;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * The catalogue as a teacher searches it: published courses of their region by competency,
 * subject, format, hours, provider, session dates and free seats, plus their own enrollments.
 */
@ApplicationScoped
@Transactional
public class CourseSearch {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    TerritoryScope territoryScope;

    @Inject
    Clock clock;

    /** A choice in a filter select. */
    public static class Option implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String value;
        private final String label;

        Option(String value, String label) {
            this.value = value;
            this.label = label;
        }

        public String getValue() {
            return value;
        }

        public String getLabel() {
            return label;
        }
    }

    /**
     * One page of matching courses, nearest upcoming session first (courses without one last),
     * then by title. Native SQL because the order is by a correlated subquery with NULLs last
     * and the total comes from a window function in the same round trip; JPQL has neither.
     */
    public CoursePage search(CourseQuery query, int first, int size) {
        long region = callerRegion();
        LocalDate today = today();
        List<Object> params = new ArrayList<>();
        params.add(Date.valueOf(today));
        params.add(region);
        StringBuilder where = new StringBuilder("c.region_id = ? AND c.status = 'PUBLISHED'");
        if (blankToNull(query.competencyCode()) != null) {
            where.append(" AND EXISTS (SELECT 1 FROM course_competency cc WHERE cc.course_id = c.id "
                    + "AND cc.competency_code = ?)");
            params.add(query.competencyCode().strip());
        }
        if (blankToNull(query.subjectCode()) != null) {
            // A course without a subject restriction is meant for teachers of every subject.
            where.append(" AND (c.audience_subjects = '' OR FIND_IN_SET(?, c.audience_subjects) > 0)");
            params.add(query.subjectCode().strip());
        }
        if (query.format() != null) {
            where.append(" AND c.format = ?");
            params.add(query.format().name());
        }
        if (query.maxHours() != null) {
            where.append(" AND c.hours <= ?");
            params.add(query.maxHours());
        }
        if (query.providerId() != null) {
            where.append(" AND c.provider_id = ?");
            params.add(query.providerId());
        }
        if (query.from() != null || query.to() != null || query.freeSeatsOnly()) {
            // One session has to meet every session condition at once: a free seat in a
            // session outside the chosen dates is no use to the teacher.
            where.append(" AND EXISTS (SELECT 1 FROM course_session fs WHERE fs.course_id = c.id AND fs.status = 'OPEN'");
            if (query.from() != null) {
                where.append(" AND fs.starts_on >= ?");
                params.add(Date.valueOf(query.from()));
            }
            if (query.to() != null) {
                where.append(" AND fs.starts_on <= ?");
                params.add(Date.valueOf(query.to()));
            }
            if (query.freeSeatsOnly()) {
                where.append(" AND fs.confirmed_count < fs.capacity AND fs.enrollment_deadline >= ?");
                params.add(Date.valueOf(today));
            }
            where.append(')');
        }
        for (String word : words(query.text())) {
            where.append(" AND (LOWER(c.title) LIKE ? OR LOWER(COALESCE(c.description, '')) LIKE ?)");
            String pattern = "%" + escapeLike(word) + "%";
            params.add(pattern);
            params.add(pattern);
        }
        String sql = "SELECT c.id, COUNT(*) OVER () AS total, (SELECT MIN(ns.starts_on) FROM course_session ns "
                + "WHERE ns.course_id = c.id AND ns.status = 'OPEN' AND ns.starts_on >= ?) AS next_start "
                + "FROM course c WHERE " + where
                + " ORDER BY next_start IS NULL, next_start, c.title, c.id LIMIT ? OFFSET ?";
        Query q = em.createNativeQuery(sql);
        int i = 1;
        for (Object p : params) {
            q.setParameter(i++, p);
        }
        q.setParameter(i++, Math.max(1, size));
        q.setParameter(i, Math.max(0, first));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.getResultList();
        List<Long> ids = rows.stream().map(r -> ((Number) r[0]).longValue()).toList();
        long total;
        if (!rows.isEmpty()) {
            total = ((Number) rows.get(0)[1]).longValue();
        } else if (first > 0) {
            // Past the last page the window function has no row to speak on: count separately.
            Query count = em.createNativeQuery("SELECT COUNT(*) FROM course c WHERE " + where);
            for (int k = 1; k < params.size(); k++) {
                count.setParameter(k, params.get(k));
            }
            total = ((Number) count.getSingleResult()).longValue();
        } else {
            total = 0;
        }
        return new CoursePage(views(ids), total);
    }

    /** The caller's enrollments, newest session first, with waitlist positions and completions. */
    public MyEnrollments myEnrollments() {
        return enrollmentsOf(callerPerson().getId());
    }

    /**
     * A person's completed courses and their hours, for the profile: shown to whoever may see
     * the person's full card (themselves, their director, managers above); to anyone else the
     * person does not exist.
     */
    public MyEnrollments completedOf(long personId) {
        Person person = em.find(Person.class, personId);
        if (person == null || territoryScope.visibilityOf(person) != TerritoryScope.Visibility.FULL) {
            throw new NotFoundException("Человек не найден");
        }
        return new MyEnrollments(enrollmentsOf(personId).getCompleted());
    }

    private MyEnrollments enrollmentsOf(long person) {
        List<Enrollment> all = em.createQuery("SELECT e FROM Enrollment e JOIN FETCH e.session s JOIN FETCH s.course "
                        + "WHERE e.personId = :p ORDER BY s.startsOn DESC, e.id DESC", Enrollment.class)
                .setParameter("p", person).getResultList();
        List<EnrollmentView> views = new ArrayList<>();
        for (Enrollment e : all) {
            Integer position = null;
            if (e.getStatus() == EnrollmentStatus.WAITLISTED) {
                position = Math.toIntExact(em.createNamedQuery(Enrollment.WAITING_AHEAD, Long.class)
                        .setParameter("sessionId", e.getSession().getId())
                        .setParameter("number", e.getWaitlistNumber()).getSingleResult()) + 1;
            }
            views.add(new EnrollmentView(e, position));
        }
        return new MyEnrollments(views);
    }

    /** Total hours of the caller's completed courses. */
    public int completedHours() {
        return myEnrollments().getCompletedHours();
    }

    /** Organisations of the caller's region that may run courses, for the provider filter. */
    public List<Option> providers() {
        long region = callerRegion();
        return em.createNamedQuery(SupportOrganization.OF_REGION, SupportOrganization.class)
                .setParameter("regionId", region).getResultStream()
                .map(o -> new Option(String.valueOf(o.getId()), o.getShortName())).toList();
    }

    /** School subjects, for the subject filter. */
    public List<Option> subjects() {
        callerPerson();
        return em.createNamedQuery(Subject.ALL, Subject.class).getResultStream()
                .map(s -> new Option(s.getCode(), s.getName())).toList();
    }

    private List<CourseView> views(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Course> courses = em.createQuery("SELECT c FROM Course c WHERE c.id IN :ids", Course.class)
                .setParameter("ids", ids).getResultStream().collect(Collectors.toMap(Course::getId, Function.identity()));
        Map<Long, List<CourseView.SessionView>> sessions = new HashMap<>();
        em.createQuery("SELECT s FROM CourseSession s WHERE s.course.id IN :ids ORDER BY s.startsOn, s.id",
                        CourseSession.class)
                .setParameter("ids", ids).getResultStream()
                .forEach(s -> sessions.computeIfAbsent(s.getCourse().getId(), k -> new ArrayList<>())
                        .add(new CourseView.SessionView(s)));
        List<Long> providerIds = courses.values().stream().map(Course::getProviderId).distinct().toList();
        Map<Long, String> providers = em.createQuery("SELECT o FROM SupportOrganization o WHERE o.id IN :ids",
                        SupportOrganization.class)
                .setParameter("ids", providerIds).getResultStream()
                .collect(Collectors.toMap(SupportOrganization::getId, SupportOrganization::getShortName));
        return ids.stream().map(courses::get).filter(c -> c != null)
                .map(c -> new CourseView(c, providers.getOrDefault(c.getProviderId(), ""),
                        sessions.getOrDefault(c.getId(), List.of())))
                .toList();
    }

    private Person callerPerson() {
        Caller c = access.caller();
        Person person = c.personId() == null ? null : em.find(Person.class, c.personId());
        if (person == null) {
            throw new AccessDeniedException("Учётная запись не связана с сотрудником");
        }
        return person;
    }

    private long callerRegion() {
        return callerPerson().getRegion().getId();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(MOSCOW));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** At most eight words, so a pasted paragraph cannot build a giant query. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.toLowerCase(Locale.ROOT).split("[\\s,.;:!?«»\"()]+"))
                .filter(w -> !w.isBlank()).map(w -> w.length() > 100 ? w.substring(0, 100) : w)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).limit(8).toList();
    }

    private static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
