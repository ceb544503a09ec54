package ru.trajectory.courses.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.Course;
import ru.trajectory.courses.entity.CourseFormat;
import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.SupportOrganization;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The course catalogue of a region: methodologists create courses and their sessions; everyone
 * signed in in the region reads the published ones.
 */
@ApplicationScoped
public class Catalogue {

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    Clock clock;

    @Transactional
    public CourseView create(CourseInput in) {
        Caller c = access.caller();
        if (!c.isAdmin() && !c.has(Role.METHODOLOGIST)) {
            throw new AccessDeniedException("Курсы создаёт методист региона");
        }
        List<FieldError> errors = new ArrayList<>();
        if (in.title() == null || in.title().isBlank() || in.title().strip().length() > 300) {
            errors.add(new FieldError("title", "Название курса: обязательное поле, до 300 символов"));
        }
        if (in.hours() == null || in.hours() < 1 || in.hours() > 2000) {
            errors.add(new FieldError("hours", "Объём — от 1 до 2000 часов"));
        }
        CourseFormat format = format(in.format(), errors);
        if (in.description() != null && in.description().length() > 4000) {
            errors.add(new FieldError("description", "Описание — до 4000 символов"));
        }
        // Without a provider the course is the author's own organisation's, as it usually is.
        SupportOrganization provider = in.providerId() != null ? em.find(SupportOrganization.class, in.providerId())
                : c.personId() == null ? null : em.find(Person.class, c.personId()).getSupportOrganization();
        if (provider == null) {
            errors.add(new FieldError("providerId", "Укажите организацию, которая проводит курс (ЦНППМ, ИРО)"));
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT DISTINCT c.code FROM Competency c", String.class)
                .getResultList());
        for (String code : in.competencyCodes()) {
            if (!known.contains(code)) {
                errors.add(new FieldError("competencyCodes", "Неизвестный код компетенции «" + code + "»"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        long region = provider.getRegion().getId();
        if (!c.isAdmin() && !c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(region)) {
            throw new AccessDeniedException("Курсы создаёт методист региона организации-исполнителя");
        }
        Course course = new Course(in.title().strip(), provider.getId(), region, in.hours(), format, clock.instant());
        course.describe(in.description(), in.federalRegister(), in.requiresApproval());
        course.setCompetencies(in.competencyCodes());
        course.setAudience(in.positions(), in.subjects());
        em.persist(course);
        em.flush();
        return view(course);
    }

    @Transactional
    public CourseView publish(long courseId) {
        Course course = find(courseId);
        access.requireRunner(course);
        course.publish();
        return view(course);
    }

    @Transactional
    public CourseView.SessionView addSession(long courseId, SessionInput in) {
        Course course = find(courseId);
        access.requireRunner(course);
        List<FieldError> errors = new ArrayList<>();
        CourseFormat format = format(in.format(), errors);
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
        }
        if (in.place() != null && in.place().length() > 500) {
            errors.add(new FieldError("place", "Место или ссылка — до 500 символов"));
        }
        var deadline = in.enrollmentDeadline() != null ? in.enrollmentDeadline() : in.start();
        if (deadline != null && in.end() != null && deadline.isAfter(in.end())) {
            errors.add(new FieldError("enrollmentDeadline", "Запись должна закрываться не позже окончания потока"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        CourseSession session = new CourseSession(course, in.start(), in.end(), format, in.place(), in.capacity(), deadline);
        em.persist(session);
        em.flush();
        return new CourseView.SessionView(session);
    }

    /** A course with its sessions; drafts only for the methodologists who run it. */
    @Transactional
    public CourseView course(long courseId) {
        Course course = find(courseId);
        if (!course.isPublished() && !access.runs(course) || !inCallersRegion(course)) {
            throw new NotFoundException("Курс не найден");
        }
        return view(course);
    }

    /** Published courses of the caller's region, optionally those developing a competency, by title. */
    @Transactional
    public List<CourseView> published(String competencyCode, String query, int first, int size) {
        Long region = callerRegion();
        String q = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
        return em.createQuery("SELECT DISTINCT c FROM Course c LEFT JOIN c.competencyCodes code "
                        + "WHERE c.regionId = :region AND c.status = ru.trajectory.courses.entity.CourseStatus.PUBLISHED "
                        + "AND (:code IS NULL OR code = :code) AND (:q IS NULL OR LOWER(c.title) LIKE :q) "
                        + "ORDER BY c.title", Course.class)
                .setParameter("region", region).setParameter("code", competencyCode).setParameter("q", q)
                .setFirstResult(first).setMaxResults(size)
                .getResultStream().map(this::view).toList();
    }

    private boolean inCallersRegion(Course course) {
        Caller c = access.caller();
        return c.isAdmin() || course.getRegionId().equals(callerRegion());
    }

    private Long callerRegion() {
        Caller c = access.caller();
        if (c.personId() == null) {
            throw new AccessDeniedException("Учётная запись не связана с сотрудником");
        }
        return em.find(Person.class, c.personId()).getRegion().getId();
    }

    private CourseView view(Course course) {
        SupportOrganization provider = em.find(SupportOrganization.class, course.getProviderId());
        List<CourseView.SessionView> sessions = em.createQuery("SELECT s FROM CourseSession s WHERE s.course = :c "
                        + "ORDER BY s.startsOn", CourseSession.class)
                .setParameter("c", course).getResultStream().map(CourseView.SessionView::new).toList();
        return new CourseView(course, provider == null ? "" : provider.getShortName(), sessions);
    }

    private Course find(long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new NotFoundException("Курс не найден");
        }
        return course;
    }

    private static CourseFormat format(String value, List<FieldError> errors) {
        try {
            return CourseFormat.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("format", "Формат: IN_PERSON (очно), DISTANCE (дистанционно) или BLENDED (смешанно)"));
            return null;
        }
    }
}
