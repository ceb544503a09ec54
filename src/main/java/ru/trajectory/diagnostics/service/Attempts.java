package ru.trajectory.diagnostics.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.Answer;
import ru.trajectory.diagnostics.entity.Attempt;
import ru.trajectory.diagnostics.entity.AttemptResult;
import ru.trajectory.diagnostics.entity.Instrument;
import ru.trajectory.diagnostics.entity.Item;
import ru.trajectory.diagnostics.entity.ItemKind;
import ru.trajectory.diagnostics.entity.Lifecycle;
import ru.trajectory.diagnostics.service.AttemptViews.AnswerInput;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptPage;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptSummary;
import ru.trajectory.diagnostics.service.AttemptViews.CompetencyResult;
import ru.trajectory.diagnostics.service.AttemptViews.InstrumentCard;
import ru.trajectory.diagnostics.service.AttemptViews.OptionView;
import ru.trajectory.diagnostics.service.AttemptViews.QuestionView;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Taking a diagnostic: the instruments meant for the caller, starting or resuming an attempt,
 * saving answers one by one, submitting once. Every call works on the caller's own attempts
 * only (anyone else's is "not found"). The deadline is the server's: an answer or a submission
 * after it is refused, and the attempt is closed with the answers saved in time.
 */
@ApplicationScoped
public class Attempts {

    /** Allowance for the network between a click just before the deadline and its arrival. */
    static final Duration GRACE = Duration.ofSeconds(10);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Moscow"));

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    DeficitProfiles profiles;

    @Inject
    CompetencyNames names;

    @Inject
    AttemptExpiry expiry;

    /** Published instruments of the caller's region meant for their position and subjects. */
    @Transactional
    public List<InstrumentCard> available() {
        Person me = taker();
        Map<Long, Long> open = new HashMap<>();
        Map<Long, Instant> lastFinished = new HashMap<>();
        for (Attempt a : em.createNamedQuery(Attempt.OF_PERSON, Attempt.class).setParameter("personId", me.getId())
                .getResultList()) {
            long instrumentId = a.getInstrument().getId();
            if (a.isOpen()) {
                open.put(instrumentId, a.getId());
            } else if (a.getFinishedAt() != null) {
                lastFinished.merge(instrumentId, a.getFinishedAt(), (x, y) -> x.isAfter(y) ? x : y);
            }
        }
        return em.createNamedQuery(Instrument.PUBLISHED_IN_REGION, Instrument.class)
                .setParameter("regionId", me.getRegion().getId()).getResultStream()
                .filter(i -> i.isMeantFor(me.getPosition().name(), me.getSubjectCodes()))
                .map(i -> new InstrumentCard(i.getId(), i.getCode(), i.getVersion(), i.getTitle(), i.getDescription(),
                        i.getKind(), i.getItems().size(), i.getTimeLimitMinutes(), open.get(i.getId()),
                        lastFinished.get(i.getId())))
                .toList();
    }

    /** An instrument meant for the caller, as they may see it (no scores). */
    @Transactional
    public Instrument instrumentFor(long instrumentId) {
        Person me = taker();
        Instrument instrument = em.find(Instrument.class, instrumentId);
        if (instrument == null || instrument.getStatus() != Lifecycle.PUBLISHED
                || !instrument.getRegionId().equals(me.getRegion().getId())
                || !instrument.isMeantFor(me.getPosition().name(), me.getSubjectCodes())) {
            throw new NotFoundException("Диагностика не найдена или не предназначена для вас");
        }
        return instrument;
    }

    /** Questions of an instrument without scores, for the API's instrument view. */
    @Transactional
    public List<QuestionView> questions(long instrumentId) {
        return instrumentFor(instrumentId).getItems().stream()
                .map(item -> question(item, null)).toList();
    }

    /** Starts an attempt, or resumes the caller's open one on the same instrument. */
    @Transactional
    public long start(long instrumentId) {
        Person me = taker();
        Instrument instrument = instrumentFor(instrumentId);
        Attempt open = em.createNamedQuery(Attempt.OPEN, Attempt.class)
                .setParameter("instrumentId", instrumentId).setParameter("personId", me.getId())
                .getResultStream().findFirst().orElse(null);
        if (open != null) {
            if (!open.isOverdueAt(clock.instant().minus(GRACE))) {
                return open.getId();
            }
            expiry.expire(open.getId());
        }
        Attempt attempt = new Attempt(instrument, me.getId(), clock.instant());
        em.persist(attempt);
        try {
            em.flush();
        } catch (PersistenceException concurrentStart) {
            throw new ConflictException("Диагностика уже начата в другом окне: обновите страницу");
        }
        return attempt.getId();
    }

    /** One page of the caller's open attempt with the answers saved so far. */
    @Transactional
    public AttemptPage page(long attemptId, int pageIndex) {
        Attempt attempt = ownOpen(attemptId);
        Instrument instrument = attempt.getInstrument();
        List<Item> items = instrument.getItems();
        int perPage = instrument.getItemsPerPage();
        int pageCount = Math.max(1, (items.size() + perPage - 1) / perPage);
        int page = Math.min(Math.max(0, pageIndex), pageCount - 1);
        Map<Long, Answer> answers = new HashMap<>();
        attempt.getAnswers().forEach(a -> answers.put(a.getItemId(), a));
        List<QuestionView> questions = items.subList(page * perPage, Math.min(items.size(), (page + 1) * perPage))
                .stream().map(item -> question(item, answers.get(item.getId()))).toList();
        Long secondsLeft = attempt.getDeadlineAt() == null ? null
                : Math.max(0, Duration.between(clock.instant(), attempt.getDeadlineAt()).toSeconds());
        int answered = (int) answers.values().stream()
                .filter(a -> !a.getOptionIds().isEmpty() || a.getScaleValue() != null).count();
        return new AttemptPage(attempt.getId(), instrument.getTitle(), instrument.getKind(), page, pageCount,
                items.size(), answered, attempt.getDeadlineAt(), secondsLeft, questions);
    }

    /** Saves one answer at once, so that a reload or a lost connection loses nothing. */
    @Transactional
    public void answer(long attemptId, AnswerInput input) {
        Attempt attempt = ownOpen(attemptId);
        save(attempt, input);
    }

    /** Scores the caller's attempt and updates their deficit profile; a second submission is refused. */
    @Transactional
    public AttemptSummary submit(long attemptId) {
        Attempt attempt = ownOpen(attemptId);
        attempt.finish(clock.instant(), false);
        try {
            em.flush();
        } catch (OptimisticLockException concurrentSubmit) {
            throw new ConflictException("Диагностика уже завершена");
        }
        profiles.recompute(attempt.getPersonId());
        return summary(attempt);
    }

    /** The API's way: start, answer everything and submit in one call. */
    @Transactional
    public AttemptSummary takeAtOnce(long instrumentId, List<AnswerInput> answers) {
        Attempt attempt = em.find(Attempt.class, start(instrumentId));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            try {
                save(attempt, answers.get(i));
            } catch (ValidationFailure e) {
                int index = i;
                e.getErrors().forEach(f -> errors.add(new FieldError("answers[" + index + "]." + f.field(), f.message())));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return submit(attempt.getId());
    }

    /** A finished attempt of the caller with its results. */
    @Transactional
    public AttemptSummary result(long attemptId) {
        Attempt attempt = own(attemptId);
        if (attempt.isOpen() && attempt.isOverdueAt(clock.instant().minus(GRACE))) {
            expiry.expire(attemptId);
            em.refresh(attempt);
        }
        return summary(attempt);
    }

    /** All the caller's attempts, newest first, for the history and its dynamics. */
    @Transactional
    public List<AttemptSummary> history() {
        Person me = taker();
        return em.createNamedQuery(Attempt.OF_PERSON, Attempt.class).setParameter("personId", me.getId())
                .getResultStream().map(this::summary).toList();
    }

    private void save(Attempt attempt, AnswerInput input) {
        Item item = attempt.getInstrument().item(input.itemId());
        if (item == null) {
            throw ValidationFailure.of("itemId", "Задания " + input.itemId() + " нет в этой диагностике");
        }
        Set<Long> options = input.optionIds() == null ? Set.of() : Set.copyOf(input.optionIds());
        Integer scale = input.scale();
        if (item.getKind() == ItemKind.SCALE) {
            if (!options.isEmpty()) {
                throw ValidationFailure.of("optionIds", "В задании " + item.getPosition() + " нужна оценка по шкале, а не варианты");
            }
            if (scale != null && (scale < 1 || scale > 5)) {
                throw ValidationFailure.of("scale", "Оценка по шкале — целое число от 1 до 5");
            }
        } else {
            if (scale != null) {
                throw ValidationFailure.of("scale", "В задании " + item.getPosition() + " нужно выбрать вариант ответа");
            }
            for (Long option : options) {
                if (option == null || !item.hasOption(option)) {
                    throw ValidationFailure.of("optionIds", "Вариант " + option + " не относится к заданию " + item.getPosition());
                }
            }
            if (item.getKind() == ItemKind.SINGLE && options.size() > 1) {
                throw ValidationFailure.of("optionIds", "В задании " + item.getPosition() + " можно выбрать только один вариант");
            }
        }
        attempt.answer(item, options, scale, clock.instant());
    }

    private QuestionView question(Item item, Answer answer) {
        List<OptionView> options = item.getOptions().stream().map(o -> new OptionView(o.getId(), o.getText())).toList();
        List<Long> chosen = answer == null ? List.of() : answer.getOptionIds().stream().sorted().toList();
        return new QuestionView(item.getId(), item.getPosition(), item.getText(), item.getKind(), options, chosen,
                answer == null ? null : answer.getScaleValue());
    }

    private AttemptSummary summary(Attempt attempt) {
        Map<String, CompetencyNames.Name> catalogue = names.all();
        List<CompetencyResult> results = attempt.getResults().stream()
                .sorted(java.util.Comparator.comparingInt((AttemptResult r) -> {
                    CompetencyNames.Name n = catalogue.get(r.getCompetencyCode());
                    return n == null ? Integer.MAX_VALUE : n.getOrder();
                }))
                .map(r -> new CompetencyResult(r.getCompetencyCode(), catalogue.get(r.getCompetencyCode()),
                        r.getScorePercent(), r.getLevel()))
                .toList();
        Instrument i = attempt.getInstrument();
        return new AttemptSummary(attempt.getId(), i.getId(), i.getTitle(), i.getVersion(), i.getKind(),
                attempt.getStatus(), attempt.getStartedAt(), attempt.getFinishedAt(), results);
    }

    /**
     * The caller's own attempt, still open and in time, locked for the rest of the transaction.
     * An overdue one is closed first (in its own transaction, before this one takes the lock).
     */
    private Attempt ownOpen(long attemptId) {
        Attempt attempt = own(attemptId);
        if (attempt.isOpen() && attempt.isOverdueAt(clock.instant().minus(GRACE))) {
            expiry.expire(attemptId);
            throw new ConflictException("Время на прохождение истекло в " + TIME.format(attempt.getDeadlineAt())
                    + "; засчитаны ответы, сохранённые до этого момента. Откройте результат.");
        }
        // Pending answers of this transaction go to the database first: the refresh below reloads from there.
        em.flush();
        em.lock(attempt, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(attempt);
        if (!attempt.isOpen()) {
            throw new ConflictException("Диагностика уже завершена");
        }
        return attempt;
    }

    private Attempt own(long attemptId) {
        Person me = taker();
        Attempt attempt = em.find(Attempt.class, attemptId);
        if (attempt == null || !attempt.getPersonId().equals(me.getId())) {
            throw new NotFoundException("Прохождение не найдено");
        }
        return attempt;
    }

    private Person taker() {
        Caller c = currentCaller.get();
        if (!c.isSignedIn() || c.personId() == null
                || !(c.has(Role.TEACHER) || c.has(Role.MENTOR) || c.has(Role.SCHOOL_ADMIN))) {
            throw new AccessDeniedException("Диагностики проходят педагоги и руководители школ");
        }
        Person me = em.find(Person.class, c.personId());
        if (me == null) {
            throw new AccessDeniedException("Учётная запись не связана с сотрудником");
        }
        return me;
    }

}
