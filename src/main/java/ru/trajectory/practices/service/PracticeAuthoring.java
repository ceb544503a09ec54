package ru.trajectory.practices.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.Subject;
import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.PracticeApplication;
import ru.trajectory.practices.entity.PracticeContent;
import ru.trajectory.practices.entity.TargetGroup;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Writing up a practice: its authors create it as a draft and revise it while it is a draft or
 * returned by the expert. The body is sanitised on the way in, so stored HTML is always safe to
 * show. Every change queues the practice for the search index in the same transaction.
 */
@ApplicationScoped
public class PracticeAuthoring {

    static final int TAGS_MAX = 20;
    private static final int SUMMARY_MIN = 20;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,32}");

    @PersistenceContext
    EntityManager em;

    @Inject
    PracticeAccess access;

    @Inject
    SearchOutbox outbox;

    @Inject
    Clock clock;

    /** A new draft whose lead author is the caller, in the caller's school and region. */
    @Transactional
    public PracticeView create(PracticeInput in) {
        long me = access.personId();
        if (!access.mayAuthor()) {
            throw new AccessDeniedException("Практики описывают педагоги, руководители и методисты");
        }
        Person author = em.find(Person.class, me);
        Long schoolId = author != null && author.getSchool() != null ? author.getSchool().getId() : null;
        Long regionId = author != null && author.getSchool() != null
                ? author.getSchool().getMunicipality().getRegion().getId()
                : access.caller().scopes(Role.METHODOLOGIST, ScopeType.REGION).stream().findFirst().orElse(null);
        if (regionId == null) {
            throw new AccessDeniedException("Практику описывает сотрудник школы или методист региона");
        }
        Checked ok = check(in);
        Practice practice = new Practice(me, schoolId, regionId, clock.instant());
        practice.revise(ok.content(), clock.instant());
        practice.setAuthors(ok.coAuthors(), clock.instant());
        em.persist(practice);
        em.flush();
        outbox.enqueue(practice.getId());
        return PracticeView.of(practice, 0);
    }

    /**
     * Replaces the text, tags and co-authors of a draft or returned practice.
     *
     * @param expectedVersion the version the author edited, or null; a stale one is refused
     *     rather than silently overwriting a co-author's edit
     */
    @Transactional
    public PracticeView update(long id, PracticeInput in, Long expectedVersion) {
        Practice practice = access.visible(id);
        access.requireAuthor(practice);
        if (expectedVersion != null && expectedVersion != practice.getRowVersion()) {
            throw new ru.trajectory.platform.errors.ConflictException(
                    "Практику уже изменил другой автор; обновите страницу");
        }
        Checked ok = check(in);
        practice.revise(ok.content(), clock.instant());
        practice.setAuthors(ok.coAuthors(), clock.instant());
        outbox.enqueue(practice.getId());
        em.flush();
        return PracticeView.of(practice, applications(id));
    }

    /** The practice as its reader may see it. */
    @Transactional
    public PracticeView find(long id) {
        return PracticeView.of(access.visible(id), applications(id));
    }

    /** The caller's own practices in any state, latest change first. */
    @Transactional
    public List<PracticeView> mine() {
        long me = access.personId();
        return em.createNamedQuery(Practice.OF_AUTHOR, Practice.class).setParameter("personId", me)
                .getResultList().stream().map(p -> PracticeView.of(p, applications(p.getId()))).toList();
    }

    /** Published practices, newest first, for browsing without a query. */
    @Transactional
    public List<PracticeView> published(int first, int size) {
        access.personId();
        return em.createNamedQuery(Practice.PUBLISHED, Practice.class).setFirstResult(first).setMaxResults(size)
                .getResultList().stream().map(p -> PracticeView.of(p, applications(p.getId()))).toList();
    }

    private long applications(long practiceId) {
        return em.createNamedQuery(PracticeApplication.COUNT_OF_PRACTICE, Long.class)
                .setParameter("practiceId", practiceId).getSingleResult();
    }

    // ---------------------------------------------------------------- checks

    record Checked(PracticeContent content, Set<Long> coAuthors) {
    }

    Checked check(PracticeInput in) {
        List<FieldError> errors = new ArrayList<>();
        if (in == null) {
            throw ValidationFailure.of("title", "Заполните описание практики");
        }
        String title = strip(in.title());
        if (title.isEmpty()) {
            errors.add(new FieldError("title", "Укажите название практики"));
        } else if (title.length() > Practice.TITLE_MAX) {
            errors.add(new FieldError("title", "Название длиннее " + Practice.TITLE_MAX + " символов"));
        }
        String summary = strip(in.summary());
        if (summary.length() < SUMMARY_MIN) {
            errors.add(new FieldError("summary", "Аннотация — не короче " + SUMMARY_MIN + " символов"));
        } else if (summary.length() > Practice.SUMMARY_MAX) {
            errors.add(new FieldError("summary", "Аннотация длиннее " + Practice.SUMMARY_MAX + " символов"));
        }
        String body = PracticeHtml.sanitize(in.body());
        if (PracticeHtml.plain(body).isEmpty()) {
            errors.add(new FieldError("body", "Опишите практику"));
        } else if (body.length() > Practice.BODY_MAX) {
            errors.add(new FieldError("body", "Описание слишком длинное; вынесите материалы во вложения"));
        }
        String problem = optional(in.problem(), "problem", "Описание проблемы", errors);
        String evidence = optional(in.evidence(), "evidence", "Подтверждение результативности", errors);

        Set<String> subjects = new LinkedHashSet<>();
        for (String code : list(in.subjects())) {
            if (code == null || em.find(Subject.class, code.strip()) == null) {
                errors.add(new FieldError("subjects", "Неизвестный предмет: " + code));
            } else {
                subjects.add(code.strip());
            }
        }
        Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);
        for (String level : list(in.levels())) {
            EducationLevel parsed = parse(EducationLevel.class, level);
            if (parsed == null) {
                errors.add(new FieldError("levels", "Уровень образования — НОО, ООО или СОО (NOO, OOO, SOO): " + level));
            } else {
                levels.add(parsed);
            }
        }
        Set<TargetGroup> groups = EnumSet.noneOf(TargetGroup.class);
        for (String group : list(in.targetGroups())) {
            TargetGroup parsed = parse(TargetGroup.class, group);
            if (parsed == null) {
                errors.add(new FieldError("targetGroups", "Неизвестная целевая группа: " + group));
            } else {
                groups.add(parsed);
            }
        }
        Set<String> competencies = new LinkedHashSet<>();
        for (String code : list(in.competencyCodes())) {
            if (code == null || !CODE.matcher(code.strip()).matches()) {
                errors.add(new FieldError("competencyCodes", "Неверный код компетенции: " + code));
            } else {
                competencies.add(code.strip());
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        for (String tag : list(in.tags())) {
            String t = strip(tag).toLowerCase(Locale.ROOT);
            if (t.isEmpty() || t.length() > Practice.TAG_MAX) {
                errors.add(new FieldError("tags", "Технология (тег) — от 1 до " + Practice.TAG_MAX + " символов"));
            } else {
                tags.add(t);
            }
        }
        if (tags.size() > TAGS_MAX) {
            errors.add(new FieldError("tags", "Не больше " + TAGS_MAX + " технологий (тегов)"));
        }
        Set<Long> coAuthors = new LinkedHashSet<>();
        for (Long personId : list(in.authorIds())) {
            if (personId == null || em.find(Person.class, personId) == null) {
                errors.add(new FieldError("authorIds", "Соавтор не найден: " + personId));
            } else {
                coAuthors.add(personId);
            }
        }
        if (coAuthors.size() + 1 > Practice.AUTHORS_MAX) {
            errors.add(new FieldError("authorIds", "Не больше " + Practice.AUTHORS_MAX + " авторов"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return new Checked(new PracticeContent(title, summary, body, problem, evidence, subjects, levels,
                competencies, tags, groups), coAuthors);
    }

    private static String optional(String value, String field, String label, List<FieldError> errors) {
        String text = strip(value);
        if (text.length() > Practice.TEXT_MAX) {
            errors.add(new FieldError(field, label + " — не длиннее " + Practice.TEXT_MAX + " символов"));
        }
        return text.isEmpty() ? null : text;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }
}
