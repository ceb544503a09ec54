package ru.trajectory.diagnostics.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.Competency;
import ru.trajectory.diagnostics.entity.CompetencyFramework;
import ru.trajectory.diagnostics.entity.Instrument;
import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.entity.Item;
import ru.trajectory.diagnostics.entity.ItemKind;
import ru.trajectory.diagnostics.entity.ItemOption;
import ru.trajectory.diagnostics.entity.Level;
import ru.trajectory.diagnostics.entity.Lifecycle;
import ru.trajectory.diagnostics.entity.Threshold;
import ru.trajectory.diagnostics.service.AuthoringInput.InstrumentInput;
import ru.trajectory.diagnostics.service.AuthoringInput.ItemInput;
import ru.trajectory.diagnostics.service.AuthoringInput.OptionInput;
import ru.trajectory.diagnostics.service.AuthoringInput.ThresholdInput;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentDetail;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentRow;
import ru.trajectory.diagnostics.service.AuthoringViews.ItemView;
import ru.trajectory.diagnostics.service.AuthoringViews.OptionView;
import ru.trajectory.diagnostics.service.AuthoringViews.ThresholdView;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.Subject;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Authoring of diagnostic instruments by the methodologists of a region (and administrators):
 * drafts with their items, options and thresholds, publication, versions and the archive.
 * Only a DRAFT changes; "editing" a published instrument starts its next version, so results
 * of earlier attempts keep the questions they answered. Every write checks the whole input
 * first and stores nothing when any field is wrong. Each write also bumps the instrument's
 * row version, so two authors editing one draft cannot silently overwrite each other.
 */
@ApplicationScoped
public class InstrumentAuthoring {

    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");
    static final int MAX_ITEMS = 300;
    static final int MAX_OPTIONS = 20;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Pattern ITEM_PROBLEM = Pattern.compile("^Задание (\\d+):");
    private static final String NOT_FOUND = "Диагностика не найдена";
    private static final String STALE = "Диагностику только что изменил другой автор. Обновите страницу: "
            + "ваши последние изменения не сохранены";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    @Inject
    Frameworks frameworks;

    // ---------------------------------------------------------------- reading

    /** May the caller author instruments at all (methodologist or administrator)? */
    public boolean mayAuthor() {
        Caller c = currentCaller.get();
        return c.has(Role.METHODOLOGIST) || c.isAdmin();
    }

    /** Every version of every instrument of the caller's region, newest first. */
    @Transactional
    public List<InstrumentRow> list() {
        Caller c = author();
        List<Instrument> instruments = c.isAdmin()
                ? em.createQuery("SELECT i FROM Instrument i ORDER BY i.createdAt DESC, i.id DESC", Instrument.class)
                        .getResultList()
                : em.createQuery("SELECT i FROM Instrument i WHERE i.regionId IN :regions "
                        + "ORDER BY i.createdAt DESC, i.id DESC", Instrument.class)
                        .setParameter("regions", c.scopes(Role.METHODOLOGIST, ScopeType.REGION)).getResultList();
        if (instruments.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT i.id, COUNT(it) FROM Instrument i LEFT JOIN i.items it "
                + "WHERE i.id IN :ids GROUP BY i.id", Object[].class)
                .setParameter("ids", instruments.stream().map(Instrument::getId).toList()).getResultList()) {
            counts.put((Long) row[0], ((Number) row[1]).intValue());
        }
        Map<String, Integer> newest = new HashMap<>();
        Set<String> withDraft = new HashSet<>();
        for (Instrument i : instruments) {
            newest.merge(i.getCode(), i.getVersion(), Math::max);
            if (i.isDraft()) {
                withDraft.add(i.getCode());
            }
        }
        return instruments.stream()
                .map(i -> new InstrumentRow(i.getId(), i.getCode(), i.getVersion(), i.getTitle(), i.getKind(),
                        i.getStatus(), counts.getOrDefault(i.getId(), 0), i.getCreatedAt(), i.getPublishedAt(),
                        !i.isDraft() && !withDraft.contains(i.getCode()) && newest.get(i.getCode()) == i.getVersion()))
                .toList();
    }

    /** An instrument of the caller's region with everything, scores included. */
    @Transactional
    public InstrumentDetail get(long instrumentId) {
        return detail(owned(instrumentId));
    }

    /** The framework version an instrument's items draw their competencies from, for the editor's choices. */
    @Transactional
    public AuthoringViews.FrameworkView frameworkOf(long instrumentId) {
        return frameworks.view(owned(instrumentId).getFramework());
    }

    // ---------------------------------------------------------------- creating

    /** A new DRAFT (version 1) of a new code, with its items and thresholds if given. */
    @Transactional
    public InstrumentDetail create(InstrumentInput input) {
        return create(input, List.of(), false);
    }

    /** As {@link #create(InstrumentInput)}, reporting the errors of reading the request together with the rule checks. */
    @Transactional
    public InstrumentDetail create(InstrumentInput input, List<FieldError> parseErrors) {
        return create(input, parseErrors, false);
    }

    /**
     * A DRAFT from an imported description: a new code, or the next version of a code the
     * caller's region already has. {@code parseErrors} are those of reading the file; they
     * are reported together with the rule checks, and nothing is stored if there are any.
     */
    @Transactional
    public InstrumentDetail importDraft(InstrumentInput input, List<FieldError> parseErrors) {
        return create(input, parseErrors, true);
    }

    private InstrumentDetail create(InstrumentInput input, List<FieldError> parseErrors, boolean nextVersionAllowed) {
        Caller caller = author();
        long regionId = authorRegion(caller);
        CompetencyFramework framework = frameworks.latestPublished(CompetencyFramework.PEDAGOG);
        Checks checks = new Checks(parseErrors);
        String code = strip(input.getCode());
        int version = 1;
        if (code == null) {
            checks.add("code", "Код диагностики: обязательное поле");
        } else if (!CODE.matcher(code).matches()) {
            checks.add("code", "Код диагностики — от 2 до 40 символов: заглавные латинские буквы, цифры и дефис, "
                    + "например MATH-MET-2026");
        } else {
            List<Instrument> versions = em.createNamedQuery(Instrument.VERSIONS, Instrument.class)
                    .setParameter("code", code).getResultList();
            if (!versions.isEmpty()) {
                Instrument newest = versions.get(0);
                if (!nextVersionAllowed) {
                    checks.add("code", "Код «" + code + "» уже занят. Чтобы изменить диагностику, создайте её новую версию");
                } else if (!newest.getRegionId().equals(regionId) && !caller.isAdmin()) {
                    checks.add("code", "Код «" + code + "» занят диагностикой другого региона: укажите другой код");
                } else if (versions.stream().anyMatch(Instrument::isDraft)) {
                    checks.add("code", "У диагностики «" + code + "» уже есть черновик версии "
                            + versions.stream().filter(Instrument::isDraft).findFirst().orElseThrow().getVersion()
                            + ": измените его или опубликуйте, затем импортируйте снова");
                } else {
                    version = newest.getVersion() + 1;
                }
            }
        }
        InstrumentKind kind = checks.instrumentKind(input.getKind());
        checks.header(input, em);
        checks.items(input.getItems(), kind, framework);
        checks.thresholds(input.getThresholds(), framework, "thresholds");
        checks.throwIfAny();

        Instrument instrument = new Instrument(code, version, strip(input.getTitle()), kind, framework, regionId,
                clock.instant());
        applyHeader(instrument, input);
        for (ItemInput item : input.getItems()) {
            addItem(instrument, item, framework);
        }
        applyThresholds(instrument, input.getThresholds());
        em.persist(instrument);
        try {
            em.flush();
        } catch (PersistenceException concurrentCreate) {
            throw new ConflictException("Диагностику с кодом «" + code + "» только что создал другой автор: "
                    + "обновите список");
        }
        return detail(instrument);
    }

    // ---------------------------------------------------------------- editing a draft

    /** Changes a draft's header (title, description, limits, audience); code and kind stay. */
    @Transactional
    public InstrumentDetail updateHeader(long instrumentId, Long rowVersion, InstrumentInput header) {
        Instrument instrument = draft(instrumentId, rowVersion);
        Checks checks = new Checks(List.of());
        checks.header(header, em);
        checks.throwIfAny();
        applyHeader(instrument, header);
        return saved(instrument);
    }

    /** Replaces a draft's whole content: header, items and thresholds (the API's PUT). */
    @Transactional
    public InstrumentDetail replace(long instrumentId, Long rowVersion, InstrumentInput input, List<FieldError> parseErrors) {
        Instrument instrument = draft(instrumentId, rowVersion);
        Checks checks = new Checks(parseErrors);
        String code = strip(input.getCode());
        if (code != null && !code.equals(instrument.getCode())) {
            checks.add("code", "Код диагностики не меняется: для другого кода создайте новую диагностику");
        }
        if (strip(input.getKind()) != null && !input.getKind().strip().equals(instrument.getKind().name())) {
            checks.add("kind", "Вид диагностики не меняется после создания");
        }
        checks.header(input, em);
        checks.items(input.getItems(), instrument.getKind(), instrument.getFramework());
        checks.thresholds(input.getThresholds(), instrument.getFramework(), "thresholds");
        checks.throwIfAny();
        applyHeader(instrument, input);
        for (Item item : instrument.getItems()) {
            instrument.removeItem(item);
        }
        for (ItemInput item : input.getItems()) {
            addItem(instrument, item, instrument.getFramework());
        }
        for (Threshold t : instrument.getThresholds()) {
            instrument.removeThreshold(t.getCompetencyCode());
        }
        applyThresholds(instrument, input.getThresholds());
        return saved(instrument);
    }

    /** Adds an item at the end of a draft. Field errors are named {@code item.text}, {@code item.options[0].score} … */
    @Transactional
    public InstrumentDetail addItem(long instrumentId, Long rowVersion, ItemInput input) {
        Instrument instrument = draft(instrumentId, rowVersion);
        Checks checks = new Checks(List.of());
        if (instrument.getItems().size() >= MAX_ITEMS) {
            checks.add("item", "В диагностике не больше " + MAX_ITEMS + " заданий");
        }
        checks.item(input, instrument.getKind(), instrument.getFramework(), "item.");
        checks.throwIfAny();
        addItem(instrument, input, instrument.getFramework());
        return saved(instrument);
    }

    /** Rewrites an item of a draft, options included. */
    @Transactional
    public InstrumentDetail updateItem(long instrumentId, Long rowVersion, long itemId, ItemInput input) {
        Instrument instrument = draft(instrumentId, rowVersion);
        Item item = itemOf(instrument, itemId);
        Checks checks = new Checks(List.of());
        checks.item(input, instrument.getKind(), instrument.getFramework(), "item.");
        checks.throwIfAny();
        item.revise(strip(input.getText()), ItemKind.valueOf(input.getKind().strip()),
                instrument.getFramework().competency(input.getCompetencyCode().strip()), input.getWeight());
        item.clearOptions();
        for (OptionInput o : input.getOptions()) {
            item.addOption(strip(o.getText()), o.getScore());
        }
        return saved(instrument);
    }

    @Transactional
    public InstrumentDetail removeItem(long instrumentId, Long rowVersion, long itemId) {
        Instrument instrument = draft(instrumentId, rowVersion);
        instrument.removeItem(itemOf(instrument, itemId));
        return saved(instrument);
    }

    /** Moves an item one place up ({@code -1}) or down ({@code +1}). */
    @Transactional
    public InstrumentDetail moveItem(long instrumentId, Long rowVersion, long itemId, int delta) {
        Instrument instrument = draft(instrumentId, rowVersion);
        instrument.moveItem(itemOf(instrument, itemId), Integer.signum(delta));
        return saved(instrument);
    }

    /**
     * Sets the levels of the given competencies; a row equal to the defaults (60 / 80 %)
     * removes the competency's own thresholds. Fields are named {@code thresholds[i].…}.
     */
    @Transactional
    public InstrumentDetail setThresholds(long instrumentId, Long rowVersion, List<ThresholdInput> thresholds) {
        Instrument instrument = draft(instrumentId, rowVersion);
        Checks checks = new Checks(List.of());
        checks.thresholds(thresholds, instrument.getFramework(), "thresholds");
        checks.throwIfAny();
        applyThresholds(instrument, thresholds);
        return saved(instrument);
    }

    // ---------------------------------------------------------------- lifecycle

    /**
     * Publishes a draft. Every problem that keeps it from being published comes back as a field
     * error; publishing archives the previously published version of the same code.
     */
    @Transactional
    public InstrumentDetail publish(long instrumentId) {
        Instrument instrument = owned(instrumentId);
        if (!instrument.isDraft()) {
            throw new ConflictException("Опубликовать можно только черновик: эта версия — "
                    + statusName(instrument.getStatus()));
        }
        List<String> problems = instrument.publicationProblems();
        if (!problems.isEmpty()) {
            List<FieldError> errors = new ArrayList<>();
            for (String problem : problems) {
                Matcher m = ITEM_PROBLEM.matcher(problem);
                errors.add(new FieldError(m.find() ? "items[" + (Integer.parseInt(m.group(1)) - 1) + "].options" : "items",
                        problem));
            }
            throw new ValidationFailure(errors);
        }
        em.lock(instrument, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        for (Instrument other : versionsOf(instrument.getCode())) {
            if (other != instrument && other.getStatus() == Lifecycle.PUBLISHED) {
                other.archive();
            }
        }
        instrument.publish(clock.instant());
        return saved(instrument);
    }

    /** Starts the next version of an instrument as a DRAFT copy: how a published instrument is "edited". */
    @Transactional
    public InstrumentDetail newVersion(long instrumentId) {
        Instrument source = owned(instrumentId);
        List<Instrument> versions = versionsOf(source.getCode());
        Instrument draft = versions.stream().filter(Instrument::isDraft).findFirst().orElse(null);
        if (draft != null) {
            throw new ConflictException("У этой диагностики уже есть черновик версии " + draft.getVersion()
                    + ": продолжите его редактирование");
        }
        Instrument next = source.nextVersion(versions.get(0).getVersion() + 1, clock.instant());
        em.persist(next);
        try {
            em.flush();
        } catch (PersistenceException concurrent) {
            throw new ConflictException("Новую версию этой диагностики только что создал другой автор: обновите список");
        }
        return detail(next);
    }

    /** Takes a version out of use: teachers no longer see it; finished attempts keep their results. */
    @Transactional
    public InstrumentDetail archive(long instrumentId) {
        Instrument instrument = owned(instrumentId);
        if (instrument.getStatus() == Lifecycle.ARCHIVED) {
            throw new ConflictException("Эта версия уже в архиве");
        }
        em.lock(instrument, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        instrument.archive();
        return saved(instrument);
    }

    // ---------------------------------------------------------------- helpers

    private Caller author() {
        Caller c = currentCaller.get();
        if (!c.has(Role.METHODOLOGIST) && !c.isAdmin()) {
            throw new AccessDeniedException("Диагностики составляют методисты");
        }
        return c;
    }

    /**
     * The region a new instrument belongs to: the methodologist's region; an administrator
     * without one authors for the region they work in, or the first region.
     */
    private long authorRegion(Caller c) {
        TreeSet<Long> regions = new TreeSet<>(c.scopes(Role.METHODOLOGIST, ScopeType.REGION));
        if (!regions.isEmpty()) {
            return regions.first();
        }
        if (c.personId() != null) {
            Person me = em.find(Person.class, c.personId());
            if (me != null && me.getRegion() != null) {
                return me.getRegion().getId();
            }
        }
        return em.createQuery("SELECT r.id FROM Region r ORDER BY r.id", Long.class).setMaxResults(1)
                .getResultStream().findFirst()
                .orElseThrow(() -> ValidationFailure.of("region", "В портале нет ни одного региона"));
    }

    /** An instrument of the caller's region; anything else does not exist for them. */
    private Instrument owned(long instrumentId) {
        Caller c = author();
        Instrument instrument = em.find(Instrument.class, instrumentId);
        if (instrument == null || !c.isAdmin()
                && !c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(instrument.getRegionId())) {
            throw new NotFoundException(NOT_FOUND);
        }
        return instrument;
    }

    private Instrument draft(long instrumentId, Long rowVersion) {
        Instrument instrument = owned(instrumentId);
        if (!instrument.isDraft()) {
            throw new ConflictException("Версия " + instrument.getVersion() + " — " + statusName(instrument.getStatus())
                    + ": она не меняется. Чтобы изменить диагностику, создайте новую версию");
        }
        if (rowVersion != null && rowVersion != instrument.getRowVersion()) {
            throw new ConflictException(STALE);
        }
        em.lock(instrument, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return instrument;
    }

    private InstrumentDetail saved(Instrument instrument) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(STALE);
        }
        return detail(instrument);
    }

    private List<Instrument> versionsOf(String code) {
        return em.createNamedQuery(Instrument.VERSIONS, Instrument.class).setParameter("code", code).getResultList();
    }

    private static Item itemOf(Instrument instrument, long itemId) {
        Item item = instrument.item(itemId);
        if (item == null) {
            throw new NotFoundException("Задание не найдено: возможно, его уже удалили. Обновите страницу");
        }
        return item;
    }

    private static void addItem(Instrument instrument, ItemInput input, CompetencyFramework framework) {
        Item item = instrument.addItem(strip(input.getText()), ItemKind.valueOf(input.getKind().strip()),
                framework.competency(input.getCompetencyCode().strip()), input.getWeight());
        for (OptionInput o : input.getOptions()) {
            item.addOption(strip(o.getText()), o.getScore());
        }
    }

    private static void applyHeader(Instrument instrument, InstrumentInput input) {
        instrument.describe(strip(input.getTitle()), strip(input.getDescription()), input.getTimeLimitMinutes(),
                input.getItemsPerPage() == null ? 5 : input.getItemsPerPage());
        instrument.setAudience(input.getPositions().stream().map(String::strip).toList(),
                input.getSubjects().stream().map(String::strip).toList());
    }

    private static void applyThresholds(Instrument instrument, List<ThresholdInput> thresholds) {
        for (ThresholdInput t : thresholds) {
            String code = t.getCompetencyCode().strip();
            if (t.getDeficitBelow().compareTo(Level.DEFAULT_DEFICIT_BELOW) == 0
                    && t.getProficientFrom().compareTo(Level.DEFAULT_PROFICIENT_FROM) == 0) {
                instrument.removeThreshold(code);
            } else {
                instrument.setThreshold(code, t.getDeficitBelow(), t.getProficientFrom());
            }
        }
    }

    InstrumentDetail detail(Instrument i) {
        List<ItemView> items = new ArrayList<>();
        Map<String, Integer> used = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Item item : i.getItems()) {
            Competency c = item.getCompetency();
            used.merge(c.getCode(), 1, Integer::sum);
            names.put(c.getCode(), c.getName());
            items.add(new ItemView(item.getId() == null ? 0 : item.getId(), item.getPosition(), item.getText(),
                    item.getKind(), c.getCode(), c.getName(), item.getWeight(),
                    options(item)));
        }
        Set<String> custom = new HashSet<>();
        i.getThresholds().forEach(t -> custom.add(t.getCompetencyCode()));
        Set<String> codes = new LinkedHashSet<>(used.keySet());
        i.getThresholds().stream().map(Threshold::getCompetencyCode).sorted().forEach(codes::add);
        List<ThresholdView> thresholds = new ArrayList<>();
        for (String code : codes) {
            Threshold t = i.thresholdFor(code);
            String name = names.get(code);
            if (name == null) {
                Competency c = i.getFramework().competency(code);
                name = c == null ? code : c.getName();
            }
            thresholds.add(new ThresholdView(code, name, t.getDeficitBelow(), t.getProficientFrom(), custom.contains(code),
                    used.getOrDefault(code, 0)));
        }
        List<String> positions = i.getAudiencePositions().stream().sorted().toList();
        List<String> subjects = i.getAudienceSubjects().stream().sorted().toList();
        return new InstrumentDetail(i.getId() == null ? 0 : i.getId(), i.getCode(), i.getVersion(), i.getTitle(),
                i.getDescription(), i.getKind(), i.getStatus(), i.getFramework().getCode(), i.getFramework().getVersion(),
                i.getTimeLimitMinutes(), i.getItemsPerPage(), positions, subjects, i.getRowVersion(), i.getCreatedAt(),
                i.getPublishedAt(), List.copyOf(items), List.copyOf(thresholds));
    }

    private static List<OptionView> options(Item item) {
        List<OptionView> options = new ArrayList<>();
        for (ItemOption o : item.getOptions()) {
            options.add(new OptionView(o.getId() == null ? 0 : o.getId(), o.getText(), o.getScore()));
        }
        return List.copyOf(options);
    }

    static String statusName(Lifecycle status) {
        return switch (status) {
            case DRAFT -> "черновик";
            case PUBLISHED -> "опубликована";
            case ARCHIVED -> "в архиве";
        };
    }

    static String strip(String value) {
        return Frameworks.strip(value);
    }

    /** Positions an audience may name, for pick lists. */
    public List<String> positions() {
        return java.util.Arrays.stream(Position.values()).map(Position::name).toList();
    }

    /**
     * The rule checks of authoring, collecting every problem with its field before anything is
     * written. A field already refused while reading the JSON is not reported twice.
     */
    static final class Checks {

        private final List<FieldError> errors = new ArrayList<>();
        private final Set<String> fields = new HashSet<>();

        Checks(List<FieldError> earlier) {
            earlier.forEach(e -> {
                errors.add(e);
                fields.add(e.field());
            });
        }

        void add(String field, String message) {
            if (fields.add(field)) {
                errors.add(new FieldError(field, message));
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new ValidationFailure(errors);
            }
        }

        InstrumentKind instrumentKind(String value) {
            String v = strip(value);
            if (v == null) {
                add("kind", "Выберите вид диагностики: тест (TEST) или самооценка (SELF_ASSESSMENT)");
                return null;
            }
            try {
                return InstrumentKind.valueOf(v);
            } catch (IllegalArgumentException e) {
                add("kind", "Вид диагностики — TEST или SELF_ASSESSMENT, а не «" + abbreviate(v) + "»");
                return null;
            }
        }

        void header(InstrumentInput in, EntityManager em) {
            String title = strip(in.getTitle());
            if (title == null) {
                add("title", "Название: обязательное поле");
            } else if (title.length() > 300) {
                add("title", "Название: не длиннее 300 символов");
            }
            String description = strip(in.getDescription());
            if (description != null && description.length() > 4000) {
                add("description", "Описание: не длиннее 4000 символов");
            }
            Integer limit = in.getTimeLimitMinutes();
            if (limit != null && (limit < 1 || limit > 600)) {
                add("timeLimitMinutes", "Ограничение времени — от 1 до 600 минут, или оставьте поле пустым");
            }
            Integer perPage = in.getItemsPerPage();
            if (perPage != null && (perPage < 1 || perPage > 50)) {
                add("itemsPerPage", "Заданий на странице — от 1 до 50");
            }
            Set<String> known = new HashSet<>();
            for (Position p : Position.values()) {
                known.add(p.name());
            }
            for (int i = 0; i < in.getPositions().size(); i++) {
                String p = strip(in.getPositions().get(i));
                if (p == null || !known.contains(p)) {
                    add("audience.positions[" + i + "]", "Неизвестная должность «" + abbreviate(String.valueOf(p)) + "»");
                }
            }
            for (int i = 0; i < in.getSubjects().size(); i++) {
                String s = strip(in.getSubjects().get(i));
                if (s == null || em.find(Subject.class, s) == null) {
                    add("audience.subjects[" + i + "]", "Неизвестный предмет «" + abbreviate(String.valueOf(s)) + "»");
                }
            }
            if (String.join(",", in.getSubjects()).length() > 400) {
                add("audience.subjects", "Слишком много предметов в аудитории");
            }
        }

        void items(List<ItemInput> items, InstrumentKind kind, CompetencyFramework framework) {
            if (items.size() > MAX_ITEMS) {
                add("items", "В диагностике не больше " + MAX_ITEMS + " заданий");
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) == null) {
                    add("items[" + i + "]", "Задание должно быть объектом");
                } else {
                    item(items.get(i), kind, framework, "items[" + i + "].");
                }
            }
        }

        void item(ItemInput in, InstrumentKind instrumentKind, CompetencyFramework framework, String prefix) {
            String text = strip(in.getText());
            if (text == null) {
                add(prefix + "text", "Текст задания: обязательное поле");
            } else if (text.length() > 2000) {
                add(prefix + "text", "Текст задания: не длиннее 2000 символов");
            }
            ItemKind kind = null;
            String k = strip(in.getKind());
            if (k == null) {
                add(prefix + "kind", "Укажите вид задания: SINGLE, MULTIPLE или SCALE");
            } else {
                try {
                    kind = ItemKind.valueOf(k);
                } catch (IllegalArgumentException e) {
                    add(prefix + "kind", "Вид задания — SINGLE, MULTIPLE или SCALE, а не «" + abbreviate(k) + "»");
                }
            }
            if (kind != null && instrumentKind != null
                    && (instrumentKind == InstrumentKind.SELF_ASSESSMENT) != (kind == ItemKind.SCALE)) {
                add(prefix + "kind", instrumentKind == InstrumentKind.TEST
                        ? "В тесте задания с одиночным (SINGLE) или множественным (MULTIPLE) выбором"
                        : "В самооценке задания только со шкалой 1–5 (SCALE)");
            }
            String code = strip(in.getCompetencyCode());
            if (code == null) {
                add(prefix + "competencyCode", "Выберите компетенцию, которую проверяет задание");
            } else if (framework.competency(code) == null) {
                add(prefix + "competencyCode", "Неизвестный код компетенции «" + abbreviate(code) + "»: его нет в рамке «"
                        + framework.getCode() + "», версия " + framework.getVersion());
            }
            BigDecimal weight = in.getWeight();
            if (weight == null) {
                add(prefix + "weight", "Вес задания: обязательное поле");
            } else if (weight.signum() <= 0 || weight.compareTo(HUNDRED) > 0) {
                add(prefix + "weight", "Вес задания — больше 0 и не больше 100");
            } else if (weight.stripTrailingZeros().scale() > 2) {
                add(prefix + "weight", "Вес задания — не больше двух знаков после запятой");
            }
            List<OptionInput> options = in.getOptions();
            if (kind == ItemKind.SCALE) {
                if (!options.isEmpty()) {
                    add(prefix + "options", "У задания самооценки нет вариантов ответа: отвечают по шкале 1–5");
                }
                return;
            }
            if (options.size() > MAX_OPTIONS) {
                add(prefix + "options", "У задания не больше " + MAX_OPTIONS + " вариантов ответа");
                return;
            }
            for (int j = 0; j < options.size(); j++) {
                OptionInput o = options.get(j);
                String p = prefix + "options[" + j + "].";
                if (o == null) {
                    add(prefix + "options[" + j + "]", "Вариант ответа должен быть объектом");
                    continue;
                }
                String t = strip(o.getText());
                if (t == null) {
                    add(p + "text", "Текст варианта " + (j + 1) + ": обязательное поле");
                } else if (t.length() > 1000) {
                    add(p + "text", "Текст варианта " + (j + 1) + ": не длиннее 1000 символов");
                }
                BigDecimal score = o.getScore();
                if (score == null) {
                    add(p + "score", "Балл варианта " + (j + 1) + ": обязательное поле");
                } else if (score.abs().compareTo(HUNDRED) > 0) {
                    add(p + "score", "Балл варианта " + (j + 1) + " — от −100 до 100");
                } else if (score.stripTrailingZeros().scale() > 2) {
                    add(p + "score", "Балл варианта " + (j + 1) + " — не больше двух знаков после запятой");
                }
            }
        }

        void thresholds(List<ThresholdInput> thresholds, CompetencyFramework framework, String name) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < thresholds.size(); i++) {
                ThresholdInput t = thresholds.get(i);
                String p = name + "[" + i + "].";
                if (t == null) {
                    add(name + "[" + i + "]", "Порог должен быть объектом");
                    continue;
                }
                String code = strip(t.getCompetencyCode());
                if (code == null) {
                    add(p + "competencyCode", "Укажите компетенцию порога");
                } else if (framework.competency(code) == null) {
                    add(p + "competencyCode", "Неизвестный код компетенции «" + abbreviate(code) + "»: его нет в рамке «"
                            + framework.getCode() + "», версия " + framework.getVersion());
                } else if (!seen.add(code)) {
                    add(p + "competencyCode", "Пороги компетенции «" + code + "» указаны дважды");
                }
                BigDecimal deficit = t.getDeficitBelow();
                BigDecimal proficient = t.getProficientFrom();
                if (deficit == null) {
                    add(p + "deficitBelow", "Порог дефицита: обязательное поле");
                } else if (deficit.signum() < 0 || deficit.compareTo(HUNDRED) > 0) {
                    add(p + "deficitBelow", "Порог дефицита — от 0 до 100 %");
                }
                if (proficient == null) {
                    add(p + "proficientFrom", "Порог «сформирована»: обязательное поле");
                } else if (proficient.signum() < 0 || proficient.compareTo(HUNDRED) > 0) {
                    add(p + "proficientFrom", "Порог «сформирована» — от 0 до 100 %");
                } else if (deficit != null && deficit.compareTo(proficient) > 0) {
                    add(p + "proficientFrom", "Порог «сформирована» не может быть ниже порога дефицита");
                }
                for (BigDecimal v : new BigDecimal[] {deficit, proficient}) {
                    if (v != null && v.stripTrailingZeros().scale() > 2) {
                        add(p + (v == deficit ? "deficitBelow" : "proficientFrom"), "Не больше двух знаков после запятой");
                    }
                }
            }
        }

        private static String abbreviate(String v) {
            return Frameworks.abbreviate(v);
        }
    }
}
