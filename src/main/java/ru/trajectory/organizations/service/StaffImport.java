package ru.trajectory.organizations.service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.entity.Account;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.entity.SecurityEventType;
import ru.trajectory.identity.service.Accounts;
import ru.trajectory.identity.service.SecurityAudit;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.organizations.entity.Subject;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.importing.ImportRejected;
import ru.trajectory.platform.importing.ImportReport;
import ru.trajectory.platform.importing.ImportReport.RejectedRow;
import ru.trajectory.platform.importing.TabularFile;
import ru.trajectory.platform.importing.TabularRow;

/**
 * Staff import from CSV or XLSX: one row per person, keyed by login. A known login updates
 * that person, a new one creates the person and an account without a password. Every row is
 * checked before anything is written; a file with any refused row changes nothing unless
 * the caller asked for a partial import.
 */
@ApplicationScoped
public class StaffImport {

    public static final List<String> COLUMNS = List.of("login", "lastName", "firstName", "middleName", "email",
            "schoolId", "position", "subjects", "experienceYears", "roles");

    /** Roles a staff import may give; higher roles are granted by an administrator. */
    static final Set<Role> IMPORTABLE_ROLES = EnumSet.of(Role.TEACHER, Role.MENTOR, Role.SCHOOL_ADMIN);

    private static final Map<String, Position> POSITION_NAMES = Map.ofEntries(
            Map.entry("учитель", Position.TEACHER),
            Map.entry("педагог", Position.TEACHER),
            Map.entry("директор", Position.DIRECTOR),
            Map.entry("заместитель директора", Position.DEPUTY_DIRECTOR),
            Map.entry("замдиректора", Position.DEPUTY_DIRECTOR),
            Map.entry("педагог-психолог", Position.PSYCHOLOGIST),
            Map.entry("учитель-логопед", Position.SPEECH_THERAPIST),
            Map.entry("учитель-дефектолог", Position.SPEECH_THERAPIST),
            Map.entry("социальный педагог", Position.SOCIAL_PEDAGOGUE),
            Map.entry("тьютор", Position.TUTOR),
            Map.entry("педагог дополнительного образования", Position.ADDITIONAL_EDUCATION),
            Map.entry("советник директора по воспитанию", Position.COUNSELOR));

    private static final Map<String, Role> ROLE_NAMES = Map.of(
            "педагог", Role.TEACHER,
            "учитель", Role.TEACHER,
            "наставник", Role.MENTOR,
            "администратор школы", Role.SCHOOL_ADMIN,
            "руководитель", Role.SCHOOL_ADMIN);

    @PersistenceContext
    EntityManager em;

    @Inject
    TerritoryScope scope;

    @Inject
    Accounts accounts;

    @Inject
    SecurityAudit audit;

    @Inject
    Clock clock;

    @Transactional
    public ImportReport importStaff(byte[] content, boolean partial) {
        if (!scope.caller().has(Role.SCHOOL_ADMIN) && !scope.caller().has(Role.REGIONAL_OPERATOR)
                && !scope.caller().isAdmin()) {
            throw new AccessDeniedException("Сотрудников загружает администратор школы или региональный оператор");
        }
        TabularFile file = TabularFile.read(content);
        file.requireColumns("login", "lastName", "firstName", "schoolId", "position");
        if (file.rows().isEmpty()) {
            throw ValidationFailure.of("file", "В файле нет ни одной строки с сотрудниками");
        }
        Map<String, String> subjects = subjectsByNameAndCode();
        Map<Long, School> schools = new HashMap<>();
        Set<String> loginsInFile = new HashSet<>();
        List<RejectedRow> rejected = new ArrayList<>();
        List<StaffRow> accepted = new ArrayList<>();
        for (TabularRow row : file.rows()) {
            List<RejectedRow> problems = new ArrayList<>();
            StaffRow parsed = parse(row, subjects, schools, problems);
            if (parsed != null && !loginsInFile.add(parsed.login.toLowerCase(Locale.ROOT))) {
                problems.add(new RejectedRow(row.number(), "login", "Логин «" + parsed.login + "» повторяется в файле"));
            }
            if (problems.isEmpty()) {
                accepted.add(parsed);
            } else {
                rejected.addAll(problems);
            }
        }
        if (!rejected.isEmpty() && !partial) {
            throw new ImportRejected(new ImportReport(0, 0, rejected));
        }
        int created = 0;
        int updated = 0;
        for (StaffRow row : accepted) {
            if (row.existing == null) {
                create(row);
                created++;
            } else {
                update(row);
                updated++;
            }
        }
        if (created + updated > 0) {
            audit.record(SecurityEventType.ROLE_GRANTED, null, scope.caller().login(), null,
                    "импорт сотрудников: создано " + created + ", обновлено " + updated);
        }
        return new ImportReport(created, updated, rejected);
    }

    private StaffRow parse(TabularRow row, Map<String, String> subjects, Map<Long, School> schools,
                           List<RejectedRow> problems) {
        int n = row.number();
        StaffRow r = new StaffRow();
        try {
            r.login = Accounts.normalizeLogin(row.get("login"));
        } catch (ValidationFailure e) {
            problems.add(new RejectedRow(n, "login", e.getMessage()));
        }
        r.lastName = text(row, "lastName", 100, true, "Фамилия", problems);
        r.firstName = text(row, "firstName", 100, true, "Имя", problems);
        r.middleName = text(row, "middleName", 100, false, "Отчество", problems);
        r.email = row.get("email");
        List<ru.trajectory.platform.errors.FieldError> emailErrors = new ArrayList<>();
        Fields.email(emailErrors, "email", r.email);
        emailErrors.forEach(e -> problems.add(new RejectedRow(n, "email", e.message())));
        r.school = school(row.get("schoolId"), schools, n, problems);
        r.position = position(row.get("position"), n, problems);
        r.subjects = subjects(row.get("subjects"), subjects, n, problems);
        r.experienceYears = experience(row.get("experienceYears"), n, problems);
        r.roles = roles(row.get("roles"), n, problems);
        if (r.login != null && problems.isEmpty()) {
            accounts.byLogin(r.login).ifPresent(account -> {
                Person person = em.find(Person.class, account.getPersonId());
                if (person.getSchool() == null || !scope.managesSchool(person.getSchool())) {
                    problems.add(new RejectedRow(n, "login", "Логин «" + r.login + "» уже занят другим человеком"));
                } else {
                    r.existing = person;
                    r.account = account;
                }
            });
        }
        return problems.isEmpty() ? r : null;
    }

    private static String text(TabularRow row, String column, int max, boolean required, String label,
                               List<RejectedRow> problems) {
        String v = row.get(column);
        if (v == null && required) {
            problems.add(new RejectedRow(row.number(), column, label + ": обязательное поле"));
        } else if (v != null && v.length() > max) {
            problems.add(new RejectedRow(row.number(), column, label + ": не длиннее " + max + " символов"));
        }
        return v;
    }

    private School school(String value, Map<Long, School> cache, int n, List<RejectedRow> problems) {
        if (value == null) {
            problems.add(new RejectedRow(n, "schoolId", "Укажите идентификатор школы"));
            return null;
        }
        long id;
        try {
            id = Long.parseLong(value);
        } catch (NumberFormatException e) {
            problems.add(new RejectedRow(n, "schoolId", "Идентификатор школы — целое число, а не «"
                    + Fields.abbreviate(value) + "»"));
            return null;
        }
        School school = cache.computeIfAbsent(id, k -> em.find(School.class, k));
        if (school == null) {
            problems.add(new RejectedRow(n, "schoolId", "Школы с идентификатором " + id + " нет"));
            return null;
        }
        if (!scope.managesSchool(school)) {
            problems.add(new RejectedRow(n, "schoolId", "Школа " + id + " вне вашей области ответственности"));
            return null;
        }
        return school;
    }

    private static Position position(String value, int n, List<RejectedRow> problems) {
        if (value == null) {
            problems.add(new RejectedRow(n, "position", "Укажите должность"));
            return null;
        }
        String key = value.strip().toLowerCase(Locale.ROOT);
        Position byName = POSITION_NAMES.get(key);
        if (byName != null) {
            return byName;
        }
        try {
            Position p = Position.valueOf(value.strip().toUpperCase(Locale.ROOT));
            if (p != Position.METHODOLOGIST && p != Position.SPECIALIST) {
                return p;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(new RejectedRow(n, "position", "Неизвестная должность «" + Fields.abbreviate(value)
                + "»; например: учитель, директор, заместитель директора, педагог-психолог"));
        return null;
    }

    private static Set<String> subjects(String value, Map<String, String> known, int n, List<RejectedRow> problems) {
        Set<String> codes = new LinkedHashSet<>();
        if (value == null) {
            return codes;
        }
        for (String part : value.split("[;,|]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String code = known.get(p.toLowerCase(Locale.ROOT));
            if (code == null) {
                problems.add(new RejectedRow(n, "subjects", "Неизвестный предмет «" + Fields.abbreviate(p) + "»"));
            } else {
                codes.add(code);
            }
        }
        return codes;
    }

    private static Integer experience(String value, int n, List<RejectedRow> problems) {
        if (value == null) {
            return null;
        }
        try {
            int years = Integer.parseInt(value.strip());
            if (years >= 0 && years <= 80) {
                return years;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new RejectedRow(n, "experienceYears", "Стаж — целое число лет от 0 до 80, а не «"
                + Fields.abbreviate(value) + "»"));
        return null;
    }

    private static Set<Role> roles(String value, int n, List<RejectedRow> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (value == null) {
            roles.add(Role.TEACHER);
            return roles;
        }
        for (String part : value.split("[;,|]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            Role role = ROLE_NAMES.get(p.toLowerCase(Locale.ROOT));
            if (role == null) {
                try {
                    role = Role.valueOf(p.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    role = null;
                }
            }
            if (role == null || !IMPORTABLE_ROLES.contains(role)) {
                problems.add(new RejectedRow(n, "roles", "Роль «" + Fields.abbreviate(p)
                        + "» нельзя выдать импортом; допустимы: TEACHER, MENTOR, SCHOOL_ADMIN"));
            } else {
                roles.add(role);
            }
        }
        if (roles.isEmpty()) {
            roles.add(Role.TEACHER);
        }
        return roles;
    }

    private Map<String, String> subjectsByNameAndCode() {
        Map<String, String> map = new HashMap<>();
        for (Subject s : em.createNamedQuery(Subject.ALL, Subject.class).getResultList()) {
            map.put(s.getCode().toLowerCase(Locale.ROOT), s.getCode());
            map.put(s.getName().toLowerCase(Locale.ROOT), s.getCode());
        }
        return map;
    }

    private void create(StaffRow r) {
        Person person = new Person(r.lastName, r.firstName, r.middleName, r.position);
        apply(person, r);
        em.persist(person);
        em.flush();
        Account account = accounts.createWithoutPassword(person.getId(), r.login);
        r.roles.forEach(role -> account.grant(role, ScopeType.SCHOOL, r.school.getId()));
    }

    private void update(StaffRow r) {
        Person person = r.existing;
        person.rename(r.lastName, r.firstName, r.middleName);
        person.setPosition(r.position);
        apply(person, r);
        r.roles.forEach(role -> r.account.grant(role, ScopeType.SCHOOL, r.school.getId()));
    }

    private static void apply(Person person, StaffRow r) {
        person.setEmail(r.email);
        person.workAt(r.school);
        person.setExperienceYears(r.experienceYears);
        person.replaceSubjects(r.subjects);
    }

    private static final class StaffRow {
        String login;
        String lastName;
        String firstName;
        String middleName;
        String email;
        School school;
        Position position;
        Set<String> subjects;
        Integer experienceYears;
        Set<Role> roles;
        Person existing;
        Account account;
    }
}
