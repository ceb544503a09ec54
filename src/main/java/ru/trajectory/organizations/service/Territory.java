package ru.trajectory.organizations.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.organizations.entity.Municipality;
import ru.trajectory.organizations.entity.ProgramYear;
import ru.trajectory.organizations.entity.ProgramYearStatus;
import ru.trajectory.organizations.entity.Region;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.organizations.entity.Settlement;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The territory tree: regions, municipalities and schools with their program-year flags.
 * Everyone signed in reads it (school names are public); regional operators and
 * administrators change it.
 */
@ApplicationScoped
@Transactional
public class Territory {

    @PersistenceContext
    EntityManager em;

    @Inject
    TerritoryScope scope;

    public List<Region> regions(int first, int size) {
        requireSignedIn();
        return em.createNamedQuery(Region.ALL, Region.class).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countRegions() {
        requireSignedIn();
        return em.createQuery("SELECT COUNT(r) FROM Region r", Long.class).getSingleResult();
    }

    public Region region(long id) {
        requireSignedIn();
        return find(Region.class, id, "Регион не найден");
    }

    public List<Municipality> municipalities(Long regionId, int first, int size) {
        requireSignedIn();
        return em.createQuery("SELECT m FROM Municipality m JOIN FETCH m.region WHERE (:r IS NULL OR m.region.id = :r) "
                        + "ORDER BY m.region.name, m.name", Municipality.class)
                .setParameter("r", regionId).setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countMunicipalities(Long regionId) {
        requireSignedIn();
        return em.createQuery("SELECT COUNT(m) FROM Municipality m WHERE (:r IS NULL OR m.region.id = :r)", Long.class)
                .setParameter("r", regionId).getSingleResult();
    }

    public Municipality municipality(long id) {
        requireSignedIn();
        return find(Municipality.class, id, "Муниципалитет не найден");
    }

    public List<School> schools(Long regionId, Long municipalityId, int first, int size) {
        requireSignedIn();
        return em.createQuery("SELECT s FROM School s JOIN FETCH s.municipality m WHERE (:r IS NULL OR m.region.id = :r) "
                        + "AND (:m IS NULL OR m.id = :m) ORDER BY m.name, s.name", School.class)
                .setParameter("r", regionId).setParameter("m", municipalityId)
                .setFirstResult(first).setMaxResults(size).getResultList();
    }

    public long countSchools(Long regionId, Long municipalityId) {
        requireSignedIn();
        return em.createQuery("SELECT COUNT(s) FROM School s WHERE (:r IS NULL OR s.municipality.region.id = :r) "
                        + "AND (:m IS NULL OR s.municipality.id = :m)", Long.class)
                .setParameter("r", regionId).setParameter("m", municipalityId).getSingleResult();
    }

    public School school(long id) {
        requireSignedIn();
        return find(School.class, id, "Школа не найдена");
    }

    public List<ProgramYearStatus> programYears(long schoolId) {
        requireSignedIn();
        return em.createNamedQuery(ProgramYearStatus.OF_SCHOOL, ProgramYearStatus.class)
                .setParameter("schoolId", schoolId).getResultList();
    }

    public Region createRegion(String code, String name) {
        requireEditor();
        List<FieldError> errors = new ArrayList<>();
        Fields.required(errors, "code", code, 16, "Код региона");
        Fields.required(errors, "name", name, 200, "Название региона");
        Fields.throwIfAny(errors);
        if (exists("SELECT COUNT(r) FROM Region r WHERE r.code = :v OR r.name = :n", code.strip(), name.strip())) {
            throw ValidationFailure.of("name", "Регион с таким кодом или названием уже есть");
        }
        Region region = new Region(code, name);
        em.persist(region);
        return region;
    }

    public Municipality createMunicipality(Long regionId, String name) {
        requireEditor();
        List<FieldError> errors = new ArrayList<>();
        if (regionId == null) {
            errors.add(new FieldError("regionId", "Укажите регион"));
        }
        Fields.required(errors, "name", name, 200, "Название муниципалитета");
        Fields.throwIfAny(errors);
        Region region = em.find(Region.class, regionId);
        if (region == null) {
            throw ValidationFailure.of("regionId", "Региона с таким идентификатором нет");
        }
        requireRegion(region.getId());
        if (exists("SELECT COUNT(m) FROM Municipality m WHERE m.region.id = :v AND m.name = :n", regionId, name.strip())) {
            throw ValidationFailure.of("name", "В регионе уже есть муниципалитет с таким названием");
        }
        Municipality m = new Municipality(region, name);
        em.persist(m);
        return m;
    }

    public School createSchool(Long municipalityId, String name, String shortName, String settlement, String address) {
        requireEditor();
        List<FieldError> errors = new ArrayList<>();
        if (municipalityId == null) {
            errors.add(new FieldError("municipalityId", "Укажите муниципалитет"));
        }
        Fields.required(errors, "name", name, 300, "Название школы");
        Fields.optional(errors, "shortName", shortName, 120, "Краткое название");
        Fields.optional(errors, "address", address, 300, "Адрес");
        Settlement kind = null;
        try {
            kind = settlement == null ? null : Settlement.valueOf(settlement.strip());
        } catch (IllegalArgumentException e) {
            kind = null;
        }
        if (kind == null) {
            errors.add(new FieldError("settlement", "Тип поселения: CITY (город) или RURAL (село)"));
        }
        Fields.throwIfAny(errors);
        Municipality m = em.find(Municipality.class, municipalityId);
        if (m == null) {
            throw ValidationFailure.of("municipalityId", "Муниципалитета с таким идентификатором нет");
        }
        requireRegion(m.getRegion().getId());
        if (exists("SELECT COUNT(s) FROM School s WHERE s.municipality.id = :v AND s.name = :n", municipalityId, name.strip())) {
            throw ValidationFailure.of("name", "В муниципалитете уже есть школа с таким названием");
        }
        School school = new School(m, name, kind);
        school.setShortName(shortName);
        school.setAddress(address);
        em.persist(school);
        return school;
    }

    /** Sets a school's flags for a program year (ШНОР, ШНСУ, ШВР): regional operators only. */
    public ProgramYearStatus setProgramYear(long schoolId, int year, boolean lowResults, boolean adverse, boolean high) {
        School school = school(schoolId);
        if (!scope.operatesRegion(school.getMunicipality().getRegion().getId())) {
            throw new AccessDeniedException("Статус школы в программе меняет региональный оператор");
        }
        if (year < ProgramYear.MIN || year > ProgramYear.MAX) {
            throw ValidationFailure.of("year", "Год программы — от " + ProgramYear.MIN + " до " + ProgramYear.MAX);
        }
        if (high && (lowResults || adverse)) {
            throw ValidationFailure.of("highResults",
                    "Школа с высокими результатами не может одновременно быть ШНОР или ШНСУ");
        }
        ProgramYearStatus status = em.find(ProgramYearStatus.class, new ProgramYearStatus.Key(schoolId, year));
        if (status == null) {
            status = new ProgramYearStatus(schoolId, year);
            status.setFlags(lowResults, adverse, high);
            em.persist(status);
        } else {
            status.setFlags(lowResults, adverse, high);
        }
        return status;
    }

    /** Region and municipality rows of the tree, with counts for the program year. */
    public List<TerritoryRow> regionTree(long regionId, int year) {
        Region region = region(regionId);
        Map<Long, long[]> counts = new HashMap<>();
        em.createQuery("SELECT s.municipality.id, COUNT(s) FROM School s WHERE s.municipality.region.id = :r "
                        + "GROUP BY s.municipality.id", Object[].class)
                .setParameter("r", regionId).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new long[5])[0] = (Long) row[1]);
        em.createQuery("SELECT p.municipality.id, COUNT(p) FROM Person p WHERE p.region.id = :r AND p.school IS NOT NULL "
                        + "GROUP BY p.municipality.id", Object[].class)
                .setParameter("r", regionId).getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], k -> new long[5])[1] = (Long) row[1]);
        em.createQuery("SELECT s.municipality.id, "
                        + "SUM(CASE WHEN y.lowResults = TRUE THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN y.adverseConditions = TRUE THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN y.highResults = TRUE THEN 1 ELSE 0 END) "
                        + "FROM ProgramYearStatus y, School s WHERE y.key.schoolId = s.id AND y.key.programYear = :y "
                        + "AND s.municipality.region.id = :r GROUP BY s.municipality.id", Object[].class)
                .setParameter("r", regionId).setParameter("y", year).getResultList()
                .forEach(row -> {
                    long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[5]);
                    c[2] = ((Number) row[1]).longValue();
                    c[3] = ((Number) row[2]).longValue();
                    c[4] = ((Number) row[3]).longValue();
                });
        List<TerritoryRow> rows = new ArrayList<>();
        long[] total = new long[5];
        List<TerritoryRow> municipalities = new ArrayList<>();
        for (Municipality m : em.createNamedQuery(Municipality.OF_REGION, Municipality.class)
                .setParameter("regionId", regionId).getResultList()) {
            long[] c = counts.getOrDefault(m.getId(), new long[5]);
            for (int i = 0; i < 5; i++) {
                total[i] += c[i];
            }
            municipalities.add(new TerritoryRow(TerritoryRow.Level.MUNICIPALITY, m.getId(), m.getName(),
                    c[0], c[1], c[2], c[3], c[4], null));
        }
        rows.add(new TerritoryRow(TerritoryRow.Level.REGION, region.getId(), region.getName(),
                total[0], total[1], total[2], total[3], total[4], null));
        rows.addAll(municipalities);
        return rows;
    }

    /** School rows of one municipality, with staff counts and flags for the program year. */
    public List<TerritoryRow> municipalitySchools(long municipalityId, int year) {
        municipality(municipalityId);
        Map<Long, ProgramYearStatus> flags = new HashMap<>();
        em.createQuery("SELECT y FROM ProgramYearStatus y, School s WHERE y.key.schoolId = s.id "
                        + "AND s.municipality.id = :m AND y.key.programYear = :y", ProgramYearStatus.class)
                .setParameter("m", municipalityId).setParameter("y", year).getResultList()
                .forEach(y -> flags.put(y.getSchoolId(), y));
        List<TerritoryRow> rows = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT s.id, s.name, s.shortName, s.settlement, "
                        + "(SELECT COUNT(p) FROM Person p WHERE p.school = s) FROM School s "
                        + "WHERE s.municipality.id = :m ORDER BY s.name", Object[].class)
                .setParameter("m", municipalityId).getResultList()) {
            long id = (Long) row[0];
            ProgramYearStatus f = flags.get(id);
            String name = row[2] != null ? (String) row[2] : (String) row[1];
            rows.add(new TerritoryRow(TerritoryRow.Level.SCHOOL, id, name, 1, ((Number) row[4]).longValue(),
                    f != null && f.isLowResults() ? 1 : 0, f != null && f.isAdverseConditions() ? 1 : 0,
                    f != null && f.isHighResults() ? 1 : 0, String.valueOf(row[3])));
        }
        return rows;
    }

    private boolean exists(String jpql, Object v, String n) {
        return em.createQuery(jpql, Long.class).setParameter("v", v).setParameter("n", n).getSingleResult() > 0;
    }

    private <T> T find(Class<T> type, long id, String message) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(message);
        }
        return found;
    }

    private void requireSignedIn() {
        if (!scope.caller().isSignedIn()) {
            throw new AccessDeniedException("Войдите в систему");
        }
    }

    private void requireEditor() {
        if (!scope.editsTerritory()) {
            throw new AccessDeniedException("Территорию меняет региональный оператор или администратор");
        }
    }

    private void requireRegion(long regionId) {
        if (!scope.caller().isAdmin() && !scope.operatesRegion(regionId)) {
            throw new AccessDeniedException("Это вне вашего региона");
        }
    }
}
