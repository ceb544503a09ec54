package ru.trajectory.courses.service;

import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.courses.entity.CourseSession;
import ru.trajectory.courses.entity.Enrollment;
import ru.trajectory.courses.entity.EnrollmentStatus;
import ru.trajectory.identity.service.Accounts;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.importing.ImportRejected;
import ru.trajectory.platform.importing.ImportReport;
import ru.trajectory.platform.importing.ImportReport.RejectedRow;
import ru.trajectory.platform.importing.TabularFile;
import ru.trajectory.platform.importing.TabularRow;

/**
 * Completing a whole session at once — every confirmed participant with the same hours and
 * date and consecutive certificate numbers — or from a CSV/XLSX file
 * ({@code login, hours, date, certificateNumber}) checked row by row before anything is written.
 */
@ApplicationScoped
public class Completions {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @PersistenceContext
    EntityManager em;

    @Inject
    CourseAccess access;

    @Inject
    Enrollments enrollments;

    @Inject
    Accounts accounts;

    /** Completes every confirmed participant; certificate numbers count up from the first one. */
    @Transactional
    public int completeGroup(long sessionId, Integer hours, LocalDate on, String firstCertificateNumber) {
        CourseSession session = session(sessionId);
        List<Long> confirmed = em.createQuery("SELECT e.id FROM Enrollment e WHERE e.session = :s "
                        + "AND e.status = ru.trajectory.courses.entity.EnrollmentStatus.CONFIRMED ORDER BY e.id", Long.class)
                .setParameter("s", session).getResultList();
        if (confirmed.isEmpty()) {
            throw new ConflictException("В потоке нет участников с подтверждённым местом");
        }
        return completeSelected(sessionId, confirmed, hours, on, firstCertificateNumber);
    }

    /**
     * Completes the chosen participants of a session. One participant takes the certificate
     * number as written; several take consecutive numbers from the first, which must be digits.
     */
    @Transactional
    public int completeSelected(long sessionId, List<Long> enrollmentIds, Integer hours, LocalDate on,
                                String certificateNumber) {
        CourseSession session = session(sessionId);
        if (enrollmentIds == null || enrollmentIds.isEmpty()) {
            throw ValidationFailure.of("enrollmentIds", "Отметьте хотя бы одного участника");
        }
        List<Enrollment> chosen = em.createQuery("SELECT e FROM Enrollment e WHERE e.session = :s AND e.id IN :ids "
                        + "ORDER BY e.id", Enrollment.class)
                .setParameter("s", session).setParameter("ids", enrollmentIds).getResultList();
        if (chosen.size() != new HashSet<>(enrollmentIds).size()) {
            throw new NotFoundException("Участник не найден в этом потоке");
        }
        if (chosen.size() == 1) {
            enrollments.complete(chosen.get(0).getId(), hours, on, certificateNumber);
            return 1;
        }
        if (certificateNumber == null || !certificateNumber.strip().matches("\\d{1,30}")) {
            throw ValidationFailure.of("firstCertificateNumber",
                    "Первый номер удостоверения — цифры; следующим участникам номера присваиваются по порядку");
        }
        BigInteger number = new BigInteger(certificateNumber.strip());
        int width = certificateNumber.strip().length();
        for (Enrollment e : chosen) {
            enrollments.complete(e.getId(), hours, on, String.format("%0" + width + "d", number));
            number = number.add(BigInteger.ONE);
        }
        return chosen.size();
    }

    @Transactional
    public ImportReport importCsv(long sessionId, byte[] content, boolean partial) {
        CourseSession session = session(sessionId);
        TabularFile file = TabularFile.read(content);
        file.requireColumns("login", "hours", "date", "certificateNumber");
        Map<Long, Enrollment> byPerson = new HashMap<>();
        em.createQuery("SELECT e FROM Enrollment e WHERE e.session = :s", Enrollment.class).setParameter("s", session)
                .getResultStream().filter(e -> e.getStatus() == EnrollmentStatus.CONFIRMED
                        || e.getStatus() == EnrollmentStatus.COMPLETED)
                .forEach(e -> byPerson.put(e.getPersonId(), e));
        int maxHours = session.getCourse().getHours();
        List<RejectedRow> rejected = new ArrayList<>();
        List<Object[]> accepted = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (TabularRow row : file.rows()) {
            int n = row.number();
            List<RejectedRow> problems = new ArrayList<>();
            String login = row.get("login");
            Enrollment enrollment = login == null ? null : accounts.byLogin(login.strip())
                    .map(a -> byPerson.get(a.getPersonId())).orElse(null);
            if (enrollment == null) {
                problems.add(new RejectedRow(n, "login", "«" + (login == null ? "" : login)
                        + "» не участник этого потока с подтверждённым местом"));
            } else if (!seen.add(enrollment.getPersonId())) {
                problems.add(new RejectedRow(n, "login", "Участник «" + login + "» повторяется в файле"));
            }
            Integer hours = null;
            try {
                hours = Integer.valueOf(row.get("hours") == null ? "" : row.get("hours").strip());
            } catch (NumberFormatException e) {
                hours = null;
            }
            if (hours == null || hours < 1 || hours > maxHours) {
                problems.add(new RejectedRow(n, "hours", "Часы — целое число от 1 до " + maxHours + " (объём программы)"));
            }
            LocalDate date = date(row.get("date"));
            if (date == null) {
                problems.add(new RejectedRow(n, "date", "Дата — в виде ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"));
            }
            String certificate = row.get("certificateNumber");
            if (certificate == null || certificate.length() > 64) {
                problems.add(new RejectedRow(n, "certificateNumber", "Укажите номер удостоверения (до 64 символов)"));
            }
            if (problems.isEmpty()) {
                accepted.add(new Object[] {enrollment.getId(), hours, date, certificate});
            }
            rejected.addAll(problems);
        }
        if (!rejected.isEmpty() && !partial) {
            throw new ImportRejected(new ImportReport(0, 0, rejected));
        }
        int updated = 0;
        for (Object[] a : accepted) {
            enrollments.complete((Long) a[0], (Integer) a[1], (LocalDate) a[2], (String) a[3]);
            updated++;
        }
        return new ImportReport(0, updated, rejected);
    }

    private CourseSession session(long sessionId) {
        CourseSession session = em.find(CourseSession.class, sessionId);
        if (session == null) {
            throw new NotFoundException("Поток курса не найден");
        }
        access.requireRunner(session.getCourse());
        return session;
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter f : List.of(DateTimeFormatter.ISO_LOCAL_DATE, RUSSIAN_DATE)) {
            try {
                return LocalDate.parse(value.strip(), f);
            } catch (DateTimeParseException e) {
                // the next format may fit
            }
        }
        return null;
    }
}
