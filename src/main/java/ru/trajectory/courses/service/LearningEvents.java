package ru.trajectory.courses.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.EventKind;
import ru.trajectory.courses.entity.EventRegistration;
import ru.trajectory.courses.entity.LearningEvent;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Informal learning events of a region: methodologists create them and mark who attended,
 * staff register themselves. Each newly marked attendance fires {@link EventAttended}.
 * An event outside the caller's region does not exist for them (404); inside it, what they
 * may not do is refused (403).
 */
@ApplicationScoped
public class LearningEvents {

    /** The database's limit on seats (ck_event_capacity). */
    static final int MAX_CAPACITY = 100_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    Clock clock;

    @Inject
    Event<EventAttended> attendances;

    @Transactional
    public EventView create(String title, String kind, Instant startsAt, Instant endsAt, String place, String description,
                            Integer capacity, Set<String> competencyCodes) {
        Caller c = access.caller();
        Long region = creationRegion(c);
        if (region == null) {
            throw new AccessDeniedException("Мероприятия создаёт методист региона");
        }
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            errors.add(new FieldError("title", "Название мероприятия: обязательное поле, до 300 символов"));
        }
        EventKind eventKind = null;
        try {
            eventKind = EventKind.valueOf(kind == null ? "" : kind.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("kind", "Вид: SEMINAR, WEBINAR, MASTER_CLASS или CONFERENCE"));
        }
        if (startsAt == null || endsAt == null || endsAt.isBefore(startsAt)) {
            errors.add(new FieldError("endsAt", "Укажите начало и окончание; окончание не раньше начала"));
        }
        if (capacity != null && (capacity < 1 || capacity > MAX_CAPACITY)) {
            errors.add(new FieldError("capacity", "Число мест — целое от 1 до " + MAX_CAPACITY + " или пусто (без ограничения)"));
        }
        if (place != null && place.strip().length() > 500) {
            errors.add(new FieldError("place", "Место или ссылка: не длиннее 500 символов"));
        }
        if (description != null && description.strip().length() > 4000) {
            errors.add(new FieldError("description", "Описание: не длиннее 4000 символов"));
        }
        Set<String> codes = competencyCodes == null ? Set.of() : competencyCodes;
        Set<String> known = new HashSet<>(em.createQuery("SELECT DISTINCT c.code FROM Competency c", String.class)
                .getResultList());
        codes.stream().filter(code -> !known.contains(code))
                .forEach(code -> errors.add(new FieldError("competencyCodes", "Неизвестный код компетенции «" + code + "»")));
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        LearningEvent event = new LearningEvent(title.strip(), eventKind, region, startsAt, endsAt, c.login(),
                clock.instant());
        event.describe(blankToNull(place), blankToNull(description), capacity, codes);
        em.persist(event);
        em.flush();
        return view(event);
    }

    /** Events of the caller's region, starting from the given instant, soonest first. */
    @Transactional
    public List<EventView> upcoming(Instant from, int first, int size) {
        long region = region();
        return em.createQuery("SELECT e FROM LearningEvent e WHERE e.regionId = :r AND e.endsAt >= :from "
                        + "ORDER BY e.startsAt, e.id", LearningEvent.class)
                .setParameter("r", region).setParameter("from", from)
                .setFirstResult(first).setMaxResults(size).getResultStream().map(this::view).toList();
    }

    /** One event, for staff of its region, its region's methodologists and administrators. */
    @Transactional
    public EventDetails event(long eventId) {
        LearningEvent event = visible(eventId);
        return new EventDetails(view(event), event.getDescription(),
                event.isOpen() && clock.instant().isBefore(event.getEndsAt()), isRegistered(eventId),
                runs(event.getRegionId()));
    }

    /** Who registered for the event and whether they attended, by name: for the people who run it. */
    @Transactional
    public List<EventRegistrationView> registrations(long eventId) {
        LearningEvent event = visible(eventId);
        requireRunner(event);
        List<Object[]> rows = em.createQuery("SELECT r, p FROM EventRegistration r, Person p WHERE p.id = r.personId "
                        + "AND r.event.id = :e ORDER BY p.lastName, p.firstName, p.id", Object[].class)
                .setParameter("e", eventId).getResultList();
        List<EventRegistrationView> result = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            EventRegistration r = (EventRegistration) row[0];
            Person p = (Person) row[1];
            result.add(new EventRegistrationView(p.getId(), p.getFullName(),
                    p.getSchool() == null ? "" : p.getSchool().getDisplayName(), r.getRegisteredAt(), r.isAttended()));
        }
        return result;
    }

    /** Ids of the events (ending from now on) the caller is registered for. */
    @Transactional
    public Set<Long> myUpcomingRegistrations() {
        Long person = access.caller().personId();
        if (person == null) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT r.event.id FROM EventRegistration r WHERE r.personId = :p "
                        + "AND r.event.endsAt >= :now", Long.class)
                .setParameter("p", person).setParameter("now", clock.instant()).getResultList());
    }

    /** Whether the caller is registered for the event. */
    @Transactional
    public boolean isRegistered(long eventId) {
        Long person = access.caller().personId();
        return person != null && count("SELECT COUNT(r) FROM EventRegistration r WHERE r.event.id = :e AND r.personId = :p",
                eventId, person) > 0;
    }

    /** Whether the caller may create events (a methodologist of a region, or an administrator with one). */
    public boolean mayCreate() {
        return creationRegion(access.caller()) != null;
    }

    /** Whether the caller registers for events themselves: teachers, mentors, directors. */
    public boolean mayRegister() {
        Caller c = access.caller();
        return c.personId() != null && (c.has(Role.TEACHER) || c.has(Role.MENTOR) || c.has(Role.SCHOOL_ADMIN));
    }

    /** Whether the caller runs events of the region: sees registrations and marks attendance. */
    public boolean runs(long regionId) {
        Caller c = access.caller();
        return c.isAdmin() || c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(regionId);
    }

    /** The caller registers for an event of their region. */
    @Transactional
    public EventView register(long eventId) {
        Person me = access.enrollee(null);
        LearningEvent event = em.find(LearningEvent.class, eventId, LockModeType.PESSIMISTIC_WRITE);
        if (event == null || !event.getRegionId().equals(me.getRegion().getId())) {
            throw new NotFoundException("Мероприятие не найдено");
        }
        if (!event.isOpen() || !clock.instant().isBefore(event.getEndsAt())) {
            throw ValidationFailure.of("eventId", "Регистрация на это мероприятие закрыта");
        }
        long already = count("SELECT COUNT(r) FROM EventRegistration r WHERE r.event.id = :e AND r.personId = :p",
                eventId, me.getId());
        if (already > 0) {
            throw new ConflictException("Вы уже зарегистрированы на это мероприятие");
        }
        long taken = em.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.event.id = :e", Long.class)
                .setParameter("e", eventId).getSingleResult();
        if (event.getCapacity() != null && taken >= event.getCapacity()) {
            throw ValidationFailure.of("eventId", "Мест на мероприятии больше нет");
        }
        em.persist(new EventRegistration(event, me.getId(), clock.instant()));
        em.flush();
        return view(event);
    }

    /**
     * Marks who attended among the registered; people not registered are refused by row.
     * Returns how many were newly marked.
     */
    @Transactional
    public int markAttendance(long eventId, List<Long> personIds) {
        LearningEvent event = visible(eventId);
        requireRunner(event);
        List<EventRegistration> registrations = em.createNamedQuery(EventRegistration.OF_EVENT, EventRegistration.class)
                .setParameter("eventId", eventId).getResultList();
        List<FieldError> errors = new ArrayList<>();
        List<EventRegistration> marked = new ArrayList<>();
        for (int i = 0; i < personIds.size(); i++) {
            Long person = personIds.get(i);
            EventRegistration r = registrations.stream().filter(x -> x.getPersonId().equals(person)).findFirst().orElse(null);
            if (r == null) {
                errors.add(new FieldError("personIds[" + i + "]", "Человек " + person + " не регистрировался на мероприятие"));
            } else {
                marked.add(r);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        int fresh = 0;
        for (EventRegistration r : marked) {
            if (r.markAttended(clock.instant())) {
                fresh++;
                attendances.fire(new EventAttended(eventId, r.getPersonId(), event.getStartsAt(), event.getCompetencyCodes()));
            }
        }
        return fresh;
    }

    /** The event if the caller may know it exists: 404 for anyone outside its region. */
    private LearningEvent visible(long eventId) {
        LearningEvent event = em.find(LearningEvent.class, eventId);
        if (event == null || !runs(event.getRegionId()) && !inRegion(event.getRegionId())) {
            throw new NotFoundException("Мероприятие не найдено");
        }
        return event;
    }

    private void requireRunner(LearningEvent event) {
        if (!runs(event.getRegionId())) {
            throw new AccessDeniedException("Участников и посещаемость ведёт методист региона");
        }
    }

    private boolean inRegion(long regionId) {
        Long person = access.caller().personId();
        if (person == null) {
            return false;
        }
        Person p = em.find(Person.class, person);
        return p != null && p.getRegion().getId() == regionId;
    }

    /**
     * Where the caller's new events belong: their methodologist region (the lowest id, should
     * they hold several), or for an administrator their own person's region.
     */
    private Long creationRegion(Caller c) {
        Set<Long> regions = c.scopes(Role.METHODOLOGIST, ScopeType.REGION);
        if (!regions.isEmpty()) {
            return regions.stream().sorted().findFirst().orElseThrow();
        }
        if (c.isAdmin() && c.personId() != null) {
            Person p = em.find(Person.class, c.personId());
            return p == null ? null : p.getRegion().getId();
        }
        return null;
    }

    private long region() {
        Caller c = access.caller();
        if (c.personId() == null) {
            throw new AccessDeniedException("Учётная запись не связана с сотрудником");
        }
        return em.find(Person.class, c.personId()).getRegion().getId();
    }

    private long count(String jpql, long eventId, long personId) {
        return em.createQuery(jpql, Long.class).setParameter("e", eventId).setParameter("p", personId).getSingleResult();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private EventView view(LearningEvent e) {
        long registered = em.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.event = :e", Long.class)
                .setParameter("e", e).getSingleResult();
        long attended = em.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.event = :e AND r.attended = TRUE",
                Long.class).setParameter("e", e).getSingleResult();
        return new EventView(e, registered, attended);
    }
}
