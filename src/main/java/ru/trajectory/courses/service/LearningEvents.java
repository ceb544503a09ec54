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
 */
@ApplicationScoped
public class LearningEvents {

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
        Set<Long> regions = c.scopes(Role.METHODOLOGIST, ScopeType.REGION);
        if (regions.isEmpty()) {
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
        if (capacity != null && capacity < 1) {
            errors.add(new FieldError("capacity", "Число мест — положительное целое или пусто (без ограничения)"));
        }
        Set<String> known = new HashSet<>(em.createQuery("SELECT DISTINCT c.code FROM Competency c", String.class)
                .getResultList());
        competencyCodes.stream().filter(code -> !known.contains(code))
                .forEach(code -> errors.add(new FieldError("competencyCodes", "Неизвестный код компетенции «" + code + "»")));
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        LearningEvent event = new LearningEvent(title.strip(), eventKind, regions.iterator().next(), startsAt, endsAt,
                c.login(), clock.instant());
        event.describe(place, description, capacity, competencyCodes);
        em.persist(event);
        em.flush();
        return view(event);
    }

    /** Events of the caller's region, starting from the given instant, soonest first. */
    @Transactional
    public List<EventView> upcoming(Instant from, int first, int size) {
        long region = region();
        return em.createQuery("SELECT e FROM LearningEvent e WHERE e.regionId = :r AND e.endsAt >= :from "
                        + "ORDER BY e.startsAt", LearningEvent.class)
                .setParameter("r", region).setParameter("from", from)
                .setFirstResult(first).setMaxResults(size).getResultStream().map(this::view).toList();
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
        LearningEvent event = em.find(LearningEvent.class, eventId);
        Caller c = access.caller();
        if (event == null) {
            throw new NotFoundException("Мероприятие не найдено");
        }
        if (!c.isAdmin() && !c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(event.getRegionId())) {
            throw new AccessDeniedException("Посещаемость отмечает методист региона");
        }
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

    private EventView view(LearningEvent e) {
        long registered = em.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.event = :e", Long.class)
                .setParameter("e", e).getSingleResult();
        long attended = em.createQuery("SELECT COUNT(r) FROM EventRegistration r WHERE r.event = :e AND r.attended = TRUE",
                Long.class).setParameter("e", e).getSingleResult();
        return new EventView(e, registered, attended);
    }
}
