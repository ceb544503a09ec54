package ru.trajectory.diagnostics.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.Competency;
import ru.trajectory.diagnostics.entity.CompetencyArea;
import ru.trajectory.diagnostics.entity.CompetencyFramework;
import ru.trajectory.diagnostics.entity.Lifecycle;
import ru.trajectory.diagnostics.service.AuthoringViews.AreaView;
import ru.trajectory.diagnostics.service.AuthoringViews.CompetencyView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkVersionView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkView;
import ru.trajectory.diagnostics.service.AuthoringViews.SubjectView;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Subject;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Competency frameworks: everyone signed in reads the current published version; methodologists
 * extend it. A published version never changes — additions go to the framework's one DRAFT
 * version (made from the latest published one on first use), and publishing the draft
 * archives the previous version, whose competencies old attempts keep pointing at.
 */
@ApplicationScoped
public class Frameworks {

    static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,32}");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    Clock clock;

    /** The current published version of the framework, areas → competencies. */
    @Transactional
    public FrameworkView current(String frameworkCode) {
        signedIn();
        return view(latestPublished(frameworkCode));
    }

    /** The pending DRAFT version, or null when nobody has changed the framework since it was published. */
    @Transactional
    public FrameworkView draft(String frameworkCode) {
        author();
        CompetencyFramework draft = draftOf(frameworkCode);
        return draft == null ? null : view(draft);
    }

    /** All versions, newest first. */
    @Transactional
    public List<FrameworkVersionView> versions(String frameworkCode) {
        signedIn();
        List<FrameworkVersionView> versions = em.createNamedQuery(CompetencyFramework.VERSIONS, CompetencyFramework.class)
                .setParameter("code", frameworkCode).getResultStream()
                .map(f -> new FrameworkVersionView(f.getVersion(), f.getStatus(), f.getPublishedAt(),
                        f.getCompetencies().size()))
                .toList();
        if (versions.isEmpty()) {
            throw new NotFoundException("Рамка компетенций не найдена");
        }
        return versions;
    }

    /** School subjects a competency may be tied to. */
    @Transactional
    public List<SubjectView> subjects() {
        signedIn();
        return em.createNamedQuery(Subject.ALL, Subject.class).getResultStream()
                .map(s -> new SubjectView(s.getCode(), s.getName())).toList();
    }

    /**
     * Adds a competency to the framework's draft, creating the draft from the latest published
     * version first. Returns the draft as it is now.
     */
    @Transactional
    public FrameworkView addCompetency(String frameworkCode, String code, String name, String areaCode,
                                       String subjectCode, String description) {
        author();
        CompetencyFramework published = latestPublished(frameworkCode);
        CompetencyFramework draft = draftOf(frameworkCode);
        CompetencyFramework base = draft == null ? published : draft;

        List<FieldError> errors = new ArrayList<>();
        String c = strip(code);
        String n = strip(name);
        String a = strip(areaCode);
        String s = strip(subjectCode);
        String d = strip(description);
        if (c == null) {
            errors.add(new FieldError("code", "Код компетенции: обязательное поле"));
        } else if (!CODE.matcher(c).matches()) {
            errors.add(new FieldError("code", "Код компетенции — от 2 до 32 символов: заглавные латинские буквы, цифры и дефис, "
                    + "например MET-06"));
        } else if (base.competency(c) != null) {
            errors.add(new FieldError("code", "Компетенция с кодом «" + c + "» уже есть в рамке"));
        }
        if (n == null) {
            errors.add(new FieldError("name", "Название компетенции: обязательное поле"));
        } else if (n.length() > 300) {
            errors.add(new FieldError("name", "Название компетенции: не длиннее 300 символов"));
        }
        if (a == null) {
            errors.add(new FieldError("area", "Выберите область компетенций"));
        } else if (base.area(a) == null) {
            errors.add(new FieldError("area", "Неизвестная область «" + abbreviate(a) + "»: допустимы "
                    + base.getAreas().stream().map(CompetencyArea::getCode).collect(Collectors.joining(", "))));
        }
        if (s != null && em.find(Subject.class, s) == null) {
            errors.add(new FieldError("subject", "Неизвестный предмет «" + abbreviate(s) + "»"));
        }
        if (d != null && d.length() > 2000) {
            errors.add(new FieldError("description", "Описание: не длиннее 2000 символов"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }

        if (draft == null) {
            draft = published.nextVersion(clock.instant());
            em.persist(draft);
        } else {
            // Serialises concurrent additions: positions are counted from the list in memory.
            em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        draft.addCompetency(draft.area(a), c, n, d, s);
        flush("Рамку компетенций только что изменил другой методист: обновите страницу и повторите");
        return view(draft);
    }

    /** Publishes the draft; the previously published version becomes ARCHIVED and stays as it was. */
    @Transactional
    public FrameworkView publishDraft(String frameworkCode) {
        author();
        CompetencyFramework draft = draftOf(frameworkCode);
        if (draft == null) {
            latestPublished(frameworkCode);
            throw ValidationFailure.of("framework", "Публиковать нечего: в рамке нет неопубликованных изменений");
        }
        em.lock(draft, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        for (CompetencyFramework f : em.createNamedQuery(CompetencyFramework.VERSIONS, CompetencyFramework.class)
                .setParameter("code", frameworkCode).getResultList()) {
            if (f.getStatus() == Lifecycle.PUBLISHED) {
                f.archive();
            }
        }
        draft.publish(clock.instant());
        flush("Черновик рамки только что опубликовал другой методист: обновите страницу");
        return view(draft);
    }

    CompetencyFramework latestPublished(String frameworkCode) {
        return em.createNamedQuery(CompetencyFramework.LATEST_PUBLISHED, CompetencyFramework.class)
                .setParameter("code", frameworkCode).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Опубликованная рамка компетенций не найдена"));
    }

    private CompetencyFramework draftOf(String frameworkCode) {
        return em.createNamedQuery(CompetencyFramework.VERSIONS, CompetencyFramework.class)
                .setParameter("code", frameworkCode).getResultStream()
                .filter(f -> f.getStatus() == Lifecycle.DRAFT).findFirst().orElse(null);
    }

    FrameworkView view(CompetencyFramework f) {
        Map<String, String> subjectNames = em.createNamedQuery(Subject.ALL, Subject.class).getResultStream()
                .collect(Collectors.toMap(Subject::getCode, Subject::getName));
        List<AreaView> areas = new ArrayList<>();
        for (CompetencyArea area : f.getAreas()) {
            List<CompetencyView> competencies = new ArrayList<>();
            for (Competency c : f.getCompetencies()) {
                if (c.getArea() == area) {
                    competencies.add(new CompetencyView(c.getCode(), c.getName(), c.getDescription(), c.getSubjectCode(),
                            c.getSubjectCode() == null ? null : subjectNames.get(c.getSubjectCode()),
                            area.getCode(), area.getName()));
                }
            }
            areas.add(new AreaView(area.getCode(), area.getName(), List.copyOf(competencies)));
        }
        return new FrameworkView(f.getCode(), f.getVersion(), f.getName(), f.getStatus(), f.getPublishedAt(),
                List.copyOf(areas));
    }

    private void flush(String conflictMessage) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(conflictMessage);
        } catch (PersistenceException e) {
            // Two first additions at once both try to create version N+1: the unique key refuses one.
            throw new ConflictException(conflictMessage);
        }
    }

    private void signedIn() {
        if (!currentCaller.get().isSignedIn()) {
            throw new AccessDeniedException("Войдите в портал");
        }
    }

    /** Methodologists and administrators change frameworks. */
    public boolean mayEdit() {
        Caller c = currentCaller.get();
        return c.has(Role.METHODOLOGIST) || c.isAdmin();
    }

    private void author() {
        if (!mayEdit()) {
            throw new AccessDeniedException("Рамку компетенций изменяют методисты");
        }
    }

    static String strip(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }

    static String abbreviate(String v) {
        return v.length() <= 40 ? v : v.substring(0, 40) + "…";
    }
}
