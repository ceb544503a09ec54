package ru.trajectory.diagnostics.service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.ExternalResult;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Accounts;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Person;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.importing.ImportRejected;
import ru.trajectory.platform.importing.ImportReport;
import ru.trajectory.platform.importing.ImportReport.RejectedRow;
import ru.trajectory.platform.importing.TabularFile;
import ru.trajectory.platform.importing.TabularRow;

/**
 * Results of external (federal) diagnostics, imported by a methodologist of the region:
 * {@code login, competencyCode, scorePercent, date}. Every row is checked before anything is
 * written; the affected profiles are recomputed in the same transaction.
 */
@ApplicationScoped
public class ExternalResults {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    DeficitProfiles profiles;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    @Transactional
    public ImportReport importCsv(byte[] content, boolean partial) {
        Caller c = currentCaller.get();
        Set<Long> regions = c.scopes(Role.METHODOLOGIST, ScopeType.REGION);
        if (regions.isEmpty() && !c.isAdmin()) {
            throw new AccessDeniedException("Результаты внешней диагностики загружает методист региона");
        }
        TabularFile file = TabularFile.read(content);
        file.requireColumns("login", "competencyCode", "scorePercent", "date");
        if (file.rows().isEmpty()) {
            throw ValidationFailure.of("file", "В файле нет ни одной строки с результатами");
        }
        Set<String> knownCodes = new HashSet<>(em.createQuery("SELECT DISTINCT c.code FROM Competency c", String.class)
                .getResultList());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow")));
        List<RejectedRow> rejected = new ArrayList<>();
        List<ExternalResult> accepted = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TabularRow row : file.rows()) {
            int n = row.number();
            List<RejectedRow> problems = new ArrayList<>();
            Person person = person(row.get("login"), regions, c.isAdmin(), n, problems);
            String code = row.get("competencyCode");
            if (code == null || !knownCodes.contains(code.strip().toUpperCase(Locale.ROOT))) {
                problems.add(new RejectedRow(n, "competencyCode", "Неизвестный код компетенции «"
                        + (code == null ? "" : code) + "»"));
            }
            BigDecimal score = score(row.get("scorePercent"), n, problems);
            LocalDate date = date(row.get("date"), today, n, problems);
            if (problems.isEmpty()) {
                String normalized = code.strip().toUpperCase(Locale.ROOT);
                if (!seen.add(person.getId() + "|" + normalized + "|" + date)) {
                    problems.add(new RejectedRow(n, "date", "Строка повторяет результат того же человека по той же компетенции и дате"));
                } else {
                    accepted.add(new ExternalResult(person.getId(), normalized, score, date, clock.instant(), c.login()));
                }
            }
            rejected.addAll(problems);
        }
        if (!rejected.isEmpty() && !partial) {
            throw new ImportRejected(new ImportReport(0, 0, rejected));
        }
        int created = 0;
        int updated = 0;
        Set<Long> people = new LinkedHashSet<>();
        for (ExternalResult result : accepted) {
            ExternalResult existing = em.createQuery("SELECT e FROM ExternalResult e WHERE e.personId = :p "
                            + "AND e.competencyCode = :c AND e.measuredOn = :d", ExternalResult.class)
                    .setParameter("p", result.getPersonId()).setParameter("c", result.getCompetencyCode())
                    .setParameter("d", result.getMeasuredOn()).getResultStream().findFirst().orElse(null);
            if (existing != null) {
                em.remove(existing);
                em.flush();
                updated++;
            } else {
                created++;
            }
            em.persist(result);
            people.add(result.getPersonId());
        }
        em.flush();
        people.forEach(profiles::recompute);
        return new ImportReport(created, updated, rejected);
    }

    private Person person(String login, Set<Long> regions, boolean admin, int n, List<RejectedRow> problems) {
        if (login == null) {
            problems.add(new RejectedRow(n, "login", "Укажите логин педагога"));
            return null;
        }
        Person person = accounts.byLogin(login.strip()).map(a -> em.find(Person.class, a.getPersonId())).orElse(null);
        if (person == null || !admin && !regions.contains(person.getRegion().getId())) {
            problems.add(new RejectedRow(n, "login", "Педагога с логином «" + login + "» нет в вашем регионе"));
            return null;
        }
        return person;
    }

    private static BigDecimal score(String value, int n, List<RejectedRow> problems) {
        try {
            BigDecimal score = new BigDecimal(value.strip().replace(',', '.'));
            if (score.signum() >= 0 && score.compareTo(BigDecimal.valueOf(100)) <= 0) {
                return score.setScale(2, java.math.RoundingMode.HALF_UP);
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below
        }
        problems.add(new RejectedRow(n, "scorePercent", "Результат — число от 0 до 100, а не «"
                + (value == null ? "" : value) + "»"));
        return null;
    }

    private static LocalDate date(String value, LocalDate today, int n, List<RejectedRow> problems) {
        LocalDate date = null;
        if (value != null) {
            for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, RUSSIAN_DATE)) {
                try {
                    date = LocalDate.parse(value.strip(), f);
                    break;
                } catch (DateTimeParseException e) {
                    // try the next format
                }
            }
        }
        if (date == null) {
            problems.add(new RejectedRow(n, "date", "Дата — в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ, а не «"
                    + (value == null ? "" : value) + "»"));
        } else if (date.isAfter(today)) {
            problems.add(new RejectedRow(n, "date", "Дата диагностики не может быть в будущем"));
            date = null;
        }
        return date;
    }
}
