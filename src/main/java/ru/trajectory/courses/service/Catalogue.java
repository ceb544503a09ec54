package ru.trajectory.courses.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
 * The course catalogue of a region: methodologists create, correct, publish and archive courses;
 * everyone signed in in the region reads the published ones. Sessions are {@link Sessions}'.
 */
@ApplicationScoped
public class Catalogue {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

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
        Checked ok = check(in);
        Course course = new Course(ok.title(), ok.provider().getId(), ok.provider().getRegion().getId(), in.hours(),
                ok.format(), clock.instant());
        fill(course, in);
        em.persist(course);
        em.flush();
        return view(course);
    }

    /** Corrects a course card; its sessions, enrollments and completions stay as they are. */
    @Transactional
    public CourseView update(long courseId, CourseInput in) {
        Course course = find(courseId);
        access.requireRunner(course);
        Checked ok = check(in);
        if (!ok.provider().getRegion().getId().equals(course.getRegionId())) {
            throw ValidationFailure.of("providerId", "Организация-исполнитель должна быть из региона курса");
        }
        course.revise(ok.title(), ok.provider().getId(), in.hours(), ok.format());
        fill(course, in);
        return view(course);
    }

    @Transactional
    public CourseView archive(long courseId) {
        Course course = find(courseId);
        access.requireRunner(course);
        course.archive();
        return view(course);
    }

    /** Every course of the methodologist's region, drafts and archive included, newest first. */
    @Transactional
    public List<ManagedCourse> managed(String query) {
        Caller c = access.caller();
        if (!c.isAdmin() && !c.has(Role.METHODOLOGIST)) {
            throw new AccessDeniedException("Курсами управляет методист региона");
        }
        Set<Long> regions = c.isAdmin() ? Set.of(callerRegion()) : c.scopes(Role.METHODOLOGIST, ScopeType.REGION);
        String q = query == null || query.isBlank() ? null : "%" + query.strip().toLowerCase(Locale.ROOT) + "%";
        List<Course> courses = em.createQuery("SELECT c FROM Course c WHERE c.regionId IN :regions "
                        + "AND (:q IS NULL OR LOWER(c.title) LIKE :q) ORDER BY c.createdAt DESC, c.id DESC", Course.class)
                .setParameter("regions", regions).setParameter("q", q).setMaxResults(500).getResultList();
        if (courses.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock.withZone(MOSCOW));
        Map<Long, List<CourseSession>> sessions = em.createQuery("SELECT s FROM CourseSession s WHERE s.course IN :courses",
                        CourseSession.class)
                .setParameter("courses", courses).getResultStream()
                .collect(Collectors.groupingBy(s -> s.getCourse().getId()));
        return courses.stream().map(course -> {
            List<CourseSession> own = sessions.getOrDefault(course.getId(), List.of());
            LocalDate next = own.stream().filter(s -> s.isOpen() && !s.getStartsOn().isBefore(today))
                    .map(CourseSession::getStartsOn).min(LocalDate::compareTo).orElse(null);
            return new ManagedCourse(course.getId(), course.getTitle(), course.getStatus(), course.getHours(),
                    course.getFormat(), own.size(), next);
        }).toList();
    }

    @Transactional
    public CourseView publish(long courseId) {
        Course course = find(courseId);
        access.requireRunner(course);
        course.publish();
        return view(course);
    }

    /** A course of any status for the methodologists who run it; for anyone else it does not exist. */
    @Transactional
    public CourseView forEditing(long courseId) {
        Course course = find(courseId);
        if (!access.runs(course)) {
            throw new NotFoundException("Курс не найден");
        }
        return view(course);
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

    private record Checked(String title, SupportOrganization provider, CourseFormat format) {
    }

    /** The card's rules, all at once, so the form shows every problem in one go. */
    private Checked check(CourseInput in) {
        Caller c = access.caller();
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
        if (!c.isAdmin() && !c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(provider.getRegion().getId())) {
            throw new AccessDeniedException("Курсы создаёт методист региона организации-исполнителя");
        }
        return new Checked(in.title().strip(), provider, format);
    }

    private static void fill(Course course, CourseInput in) {
        course.describe(in.description() == null || in.description().isBlank() ? null : in.description().strip(),
                in.federalRegister(), in.requiresApproval());
        course.setCompetencies(in.competencyCodes());
        course.setAudience(in.positions(), in.subjects());
    }

    Course find(long id) {
        Course course = em.find(Course.class, id);
        if (course == null) {
            throw new NotFoundException("Курс не найден");
        }
        return course;
    }

    static CourseFormat format(String value, List<FieldError> errors) {
        try {
            return CourseFormat.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("format", "Формат: IN_PERSON (очно), DISTANCE (дистанционно) или BLENDED (смешанно)"));
            return null;
        }
    }
}
