package ru.trajectory.practices.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Bulk load of an existing bank of practices by a methodologist ({@code POST /practices/import}):
 * each practice was reviewed in that bank, so it is stored published as given
 * ({@link Practice#imported}).
 *
 * <p>All or nothing, and one transaction: every item is checked first with the same rules as
 * the authoring form, and a single refused item stores nothing, so a corrected file can simply
 * be sent again. Errors name the item ({@code items[3].title}). Items may only land in a region
 * where the caller is a methodologist: a school of another region refuses the whole request
 * (403), while an author who is not a person of the practice's region is a field error that
 * reads the same as an unknown id, so the import cannot be used to probe other regions' staff.
 * Every stored practice is queued in the search outbox in the same transaction.
 */
@ApplicationScoped
public class PracticeImport {

    /** More than this is a migration, not a request: it holds one transaction and one persistence context. */
    public static final int ITEMS_MAX = 1000;
    /** Older «publication dates» are typing errors: the bank of practices is younger. */
    static final LocalDate PUBLISHED_MIN = LocalDate.of(2000, 1, 1);

    /**
     * One practice of an import.
     *
     * @param practice the content as for {@code POST /practices}; {@code authorIds} here are all
     *     authors, the first being the lead; empty means the importing methodologist
     * @param schoolId the school it comes from, or null for a practice of the region
     * @param publishedAt when the old bank published it, or null for now
     */
    public record Item(PracticeInput practice, Long schoolId, Instant publishedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    PracticeAuthoring authoring;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    private record Ready(PracticeAuthoring.Checked checked, long leadId, Set<Long> coAuthorIds, Long schoolId,
                         long regionId, Instant publishedAt) {
    }

    /**
     * The regions the caller may import into; refuses everyone else. The API asks this before
     * reading the body, so that a teacher hears «нет доступа», not what is wrong with the file.
     */
    public Set<Long> requireImporter() {
        Set<Long> regions = access.caller().scopes(Role.METHODOLOGIST, ScopeType.REGION);
        if (!access.caller().isSignedIn() || regions.isEmpty()) {
            throw new AccessDeniedException("Импорт практик выполняет методист региона");
        }
        return regions;
    }

    /** Stores every item published, or none; returns the new ids in the order of the items. */
    @Transactional
    public List<Long> importAll(List<Item> items) {
        Set<Long> regions = requireImporter();
        if (items == null || items.isEmpty()) {
            throw ValidationFailure.of("items", "Передайте хотя бы одну практику");
        }
        if (items.size() > ITEMS_MAX) {
            throw ValidationFailure.of("items", "За один запрос — не больше " + ITEMS_MAX
                    + " практик; разделите импорт на части");
        }
        Instant now = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        List<Integer> outside = new ArrayList<>();
        List<Ready> ready = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Ready item = check(items.get(i), i, regions, now, errors, outside);
            if (item != null) {
                ready.add(item);
            }
        }
        if (!outside.isEmpty()) {
            throw new AccessDeniedException("Практики импортируются только в регион, где вы методист; школы других "
                    + "регионов указаны в элементах " + positions(outside));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        List<Practice> stored = new ArrayList<>(ready.size());
        for (Ready r : ready) {
            Practice practice = Practice.imported(r.leadId(), r.coAuthorIds(), r.schoolId(), r.regionId(),
                    r.checked().content(), r.publishedAt(), now);
            em.persist(practice);
            stored.add(practice);
        }
        em.flush();
        List<Long> ids = new ArrayList<>(stored.size());
        for (Practice practice : stored) {
            outbox.enqueue(practice.getId());
            ids.add(practice.getId());
        }
        return ids;
    }

    /** The item ready to store, or null with its errors (or its position in {@code outside}) recorded. */
    private Ready check(Item item, int index, Set<Long> regions, Instant now, List<FieldError> errors,
                        List<Integer> outside) {
        String prefix = "items[" + index + "]";
        if (item == null || item.practice() == null) {
            errors.add(new FieldError(prefix, "Ожидается описание практики"));
            return null;
        }
        int before = errors.size();
        PracticeInput in = item.practice();
        PracticeAuthoring.Checked checked = null;
        try {
            // Authors are checked here: the authoring form's rule (existing co-authors besides the
            // caller) is not the import's (the lead comes first, all from the region).
            checked = authoring.check(new PracticeInput(in.title(), in.summary(), in.body(), in.problem(),
                    in.evidence(), null, in.subjects(), in.levels(), in.competencyCodes(), in.tags(),
                    in.targetGroups()));
        } catch (ValidationFailure e) {
            e.getErrors().forEach(f -> errors.add(new FieldError(prefix + "." + f.field(), f.message())));
        }
        Long regionId = region(item.schoolId(), prefix, regions, errors);
        if (regionId != null && !regions.contains(regionId)) {
            outside.add(index);
            return null;
        }
        List<Long> authors = authors(in.authorIds(), regionId, prefix, errors);
        if (item.publishedAt() != null) {
            if (item.publishedAt().isAfter(now)) {
                errors.add(new FieldError(prefix + ".publishedAt", "Дата публикации не может быть в будущем"));
            } else if (item.publishedAt().isBefore(PUBLISHED_MIN.atStartOfDay(ZoneOffset.UTC).toInstant())) {
                errors.add(new FieldError(prefix + ".publishedAt", "Дата публикации — не раньше 2000 года; "
                        + "проверьте год"));
            }
        }
        if (errors.size() > before || checked == null || regionId == null || authors.isEmpty()) {
            return null;
        }
        return new Ready(checked, authors.get(0), new LinkedHashSet<>(authors.subList(1, authors.size())),
                item.schoolId(), regionId, item.publishedAt());
    }

    /** The practice's region: its school's, or the caller's only region when no school is named. */
    private Long region(Long schoolId, String prefix, Set<Long> regions, List<FieldError> errors) {
        if (schoolId == null) {
            if (regions.size() == 1) {
                return regions.iterator().next();
            }
            errors.add(new FieldError(prefix + ".schoolId",
                    "Укажите школу: вы методист нескольких регионов, и регион практики по ней определяется"));
            return null;
        }
        School school = em.find(School.class, schoolId);
        if (school == null) {
            errors.add(new FieldError(prefix + ".schoolId", "Школа " + schoolId + " не найдена"));
            return null;
        }
        return school.getMunicipality().getRegion().getId();
    }

    /** All authors, lead first; the caller when none are named. Empty when they could not be settled. */
    private List<Long> authors(List<Long> ids, Long regionId, String prefix, List<FieldError> errors) {
        String field = prefix + ".authorIds";
        Set<Long> authors = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Person person = id == null ? null : em.find(Person.class, id);
            // Unknown and other-region persons read alike: staff lists of other regions are not ours to
            // reveal. Without a region (its school was refused) only existence can be checked.
            if (person == null || regionId != null && !regionId.equals(person.getRegion().getId())) {
                errors.add(new FieldError(field, "Сотрудник " + id + " не найден в регионе практики"));
            } else {
                authors.add(id);
            }
        }
        if (authors.size() > Practice.AUTHORS_MAX) {
            errors.add(new FieldError(field, "Не больше " + Practice.AUTHORS_MAX + " авторов"));
        }
        if (authors.isEmpty() && (ids == null || ids.isEmpty())) {
            Long me = access.caller().personId();
            if (me == null) {
                errors.add(new FieldError(field, "Укажите авторов практики"));
            } else {
                authors.add(me);
            }
        }
        return new ArrayList<>(authors);
    }

    private static String positions(List<Integer> indexes) {
        return indexes.stream().limit(10).map(i -> "items[" + i + "]").reduce((a, b) -> a + ", " + b).orElse("")
                + (indexes.size() > 10 ? " и ещё " + (indexes.size() - 10) : "");
    }
}
