package ru.trajectory.diagnostics.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.diagnostics.entity.Competency;
import ru.trajectory.diagnostics.entity.CompetencyFramework;
import ru.trajectory.diagnostics.service.HeatMap.Column;
import ru.trajectory.diagnostics.service.HeatMap.Row;
import ru.trajectory.diagnostics.service.HeatMap.Scope;
import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.Municipality;
import ru.trajectory.organizations.entity.Region;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * Heat maps of deficits: per territory unit, how many of its staff have a DEFICIT level per
 * competency of the newest published «Педагог» framework. Built from the stored profiles
 * ({@code competency_level}) with two aggregate queries per map whatever the size of the
 * territory, so a region of 20 000 staff costs the same two round trips as one school.
 *
 * <p>Who sees which map: a school's director, the coordinator of its municipality, the
 * methodologists and regional operators of its region, administrators; a municipality's map
 * its coordinator and the region's methodologists and operators; a region's map its
 * methodologists and operators. Teachers and mentors see none: a map of a small school can
 * come close to naming people.
 */
@ApplicationScoped
public class HeatMaps {

    /**
     * Staff of a school are the people whose workplace is that school; a person without a
     * school (methodologists, municipal specialists) is in no row. The unit expression and the
     * filter are the only parts that differ per scope, both fixed strings chosen here.
     */
    private static final String STAFF = "SELECT %1$s, COUNT(*), "
            + "SUM(CASE WHEN EXISTS (SELECT 1 FROM competency_level l WHERE l.person_id = p.id) THEN 1 ELSE 0 END) "
            + "FROM person p JOIN school s ON s.id = p.school_id %2$s GROUP BY %1$s";

    private static final String DEFICITS = "SELECT %1$s, l.competency_code, COUNT(*) "
            + "FROM competency_level l JOIN person p ON p.id = l.person_id JOIN school s ON s.id = p.school_id %2$s "
            + "AND l.level = 'DEFICIT' GROUP BY %1$s, l.competency_code";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentCaller currentCaller;

    /** The map of one school, municipality or region: 403 outside the caller's scope, 404 for an unknown id. */
    @Transactional
    public HeatMap heatMap(Scope scope, long scopeId) {
        Caller caller = currentCaller.get();
        if (!mayReadAnyMap(caller)) {
            throw new AccessDeniedException("Тепловые карты дефицитов доступны руководителям школ, "
                    + "муниципальным координаторам, методистам и региональным операторам");
        }
        List<Column> columns = columns();
        return switch (scope) {
            case SCHOOL -> schoolMap(caller, find(School.class, scopeId, "Школа не найдена"), columns);
            case MUNICIPALITY -> municipalityMap(caller,
                    find(Municipality.class, scopeId, "Муниципалитет не найден"), columns);
            case REGION -> regionMap(caller, find(Region.class, scopeId, "Регион не найден"), columns);
        };
    }

    /**
     * The map a caller most likely wants when they name none: the widest territory their roles
     * reach (region, then municipality, then school); empty for those who may see no map.
     */
    @Transactional
    public Optional<Target> defaultTarget() {
        Caller c = currentCaller.get();
        Optional<Long> region = first(c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION))
                .or(() -> first(c.scopes(Role.METHODOLOGIST, ScopeType.REGION)))
                .or(() -> first(c.scopes(Role.ADMIN, ScopeType.REGION)));
        if (region.isPresent()) {
            return Optional.of(new Target(Scope.REGION, region.get()));
        }
        Optional<Long> municipality = first(c.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY));
        if (municipality.isPresent()) {
            return Optional.of(new Target(Scope.MUNICIPALITY, municipality.get()));
        }
        Optional<Long> school = first(c.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL));
        if (school.isPresent()) {
            return Optional.of(new Target(Scope.SCHOOL, school.get()));
        }
        if (c.isAdmin()) {
            // A global administrator: the first region, which on a one-region node is the region.
            return em.createQuery("SELECT r.id FROM Region r ORDER BY r.id", Long.class).setMaxResults(1)
                    .getResultStream().findFirst().map(id -> new Target(Scope.REGION, id));
        }
        return Optional.empty();
    }

    /** A map to open: scope and id. */
    public static final class Target {

        private final Scope scope;
        private final long id;

        public Target(Scope scope, long id) {
            this.scope = scope;
            this.id = id;
        }

        public Scope getScope() {
            return scope;
        }

        public long getId() {
            return id;
        }
    }

    private HeatMap schoolMap(Caller caller, School school, List<Column> columns) {
        Municipality municipality = school.getMunicipality();
        if (!maySee(caller, school)) {
            throw new AccessDeniedException("Тепловая карта этой школы вам недоступна");
        }
        Map<Long, Row> rows = rows(List.of(new Unit(school.getId(), school.getDisplayName())), columns,
                "s.id", "WHERE s.id = ?1", school.getId());
        boolean up = maySee(caller, municipality);
        return new HeatMap(Scope.SCHOOL, school.getId(), school.getName(),
                up ? Scope.MUNICIPALITY : null, up ? municipality.getId() : null, up ? municipality.getName() : null,
                columns, new ArrayList<>(rows.values()));
    }

    private HeatMap municipalityMap(Caller caller, Municipality municipality, List<Column> columns) {
        if (!maySee(caller, municipality)) {
            throw new AccessDeniedException("Тепловая карта этого муниципалитета вам недоступна");
        }
        List<Unit> schools = em.createQuery("SELECT s.id, s.name, s.shortName FROM School s "
                        + "WHERE s.municipality.id = :m ORDER BY s.name", Object[].class)
                .setParameter("m", municipality.getId()).getResultStream()
                .map(r -> new Unit((Long) r[0], r[2] != null ? (String) r[2] : (String) r[1])).toList();
        Map<Long, Row> rows = rows(schools, columns, "s.id", "WHERE s.municipality_id = ?1", municipality.getId());
        Region region = municipality.getRegion();
        boolean up = maySee(caller, region);
        return new HeatMap(Scope.MUNICIPALITY, municipality.getId(), municipality.getName(),
                up ? Scope.REGION : null, up ? region.getId() : null, up ? region.getName() : null,
                columns, new ArrayList<>(rows.values()));
    }

    private HeatMap regionMap(Caller caller, Region region, List<Column> columns) {
        if (!maySee(caller, region)) {
            throw new AccessDeniedException("Тепловая карта этого региона вам недоступна");
        }
        List<Unit> municipalities = em.createQuery("SELECT m.id, m.name FROM Municipality m "
                        + "WHERE m.region.id = :r ORDER BY m.name", Object[].class)
                .setParameter("r", region.getId()).getResultStream()
                .map(r -> new Unit((Long) r[0], (String) r[1])).toList();
        Map<Long, Row> rows = rows(municipalities, columns, "s.municipality_id",
                "JOIN municipality m ON m.id = s.municipality_id WHERE m.region_id = ?1", region.getId());
        return new HeatMap(Scope.REGION, region.getId(), region.getName(), null, null, null,
                columns, new ArrayList<>(rows.values()));
    }

    /**
     * The rows of the given units, in their order: staff and diagnosed from one query, deficit
     * counts per unit and competency from another. Units without staff get a row of zeros.
     */
    private Map<Long, Row> rows(List<Unit> units, List<Column> columns, String unit, String filter, long id) {
        Map<Long, long[]> staff = new HashMap<>();
        for (Object row : em.createNativeQuery(String.format(STAFF, unit, filter)).setParameter(1, id).getResultList()) {
            Object[] r = (Object[]) row;
            staff.put(number(r[0]), new long[] {number(r[1]), number(r[2])});
        }
        Map<Long, Map<String, Long>> deficits = new HashMap<>();
        for (Object row : em.createNativeQuery(String.format(DEFICITS, unit, filter)).setParameter(1, id)
                .getResultList()) {
            Object[] r = (Object[]) row;
            deficits.computeIfAbsent(number(r[0]), k -> new HashMap<>()).put((String) r[1], number(r[2]));
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (Unit u : units) {
            long[] s = staff.getOrDefault(u.id(), new long[2]);
            rows.put(u.id(), new Row(u.id(), u.name(), s[0], s[1], deficits.getOrDefault(u.id(), Map.of()), columns));
        }
        return rows;
    }

    /**
     * The competencies of the newest published «Педагог» framework, area by area in framework
     * order. Profiles hold codes, which are stable across versions, so the newest version's
     * list is the right set of columns for all stored levels.
     */
    private List<Column> columns() {
        Optional<CompetencyFramework> framework = em.createNamedQuery(CompetencyFramework.LATEST_PUBLISHED,
                        CompetencyFramework.class)
                .setParameter("code", CompetencyFramework.PEDAGOG).setMaxResults(1).getResultStream().findFirst();
        if (framework.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Competency c JOIN FETCH c.area a WHERE c.framework.id = :f "
                        + "ORDER BY a.position, c.position", Competency.class)
                .setParameter("f", framework.get().getId()).getResultStream()
                .map(c -> new Column(c.getCode(), c.getName(), c.getArea().getCode(), c.getArea().getName()))
                .toList();
    }

    static boolean mayReadAnyMap(Caller c) {
        return c.isSignedIn() && (c.isAdmin() || c.has(Role.SCHOOL_ADMIN) || c.has(Role.MUNICIPAL_COORDINATOR)
                || c.has(Role.METHODOLOGIST) || c.has(Role.REGIONAL_OPERATOR));
    }

    static boolean maySee(Caller c, School school) {
        return c.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL).contains(school.getId())
                || maySee(c, school.getMunicipality());
    }

    static boolean maySee(Caller c, Municipality municipality) {
        return c.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY).contains(municipality.getId())
                || maySee(c, municipality.getRegion());
    }

    static boolean maySee(Caller c, Region region) {
        return c.isAdmin()
                || c.scopes(Role.METHODOLOGIST, ScopeType.REGION).contains(region.getId())
                || c.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION).contains(region.getId());
    }

    private <T> T find(Class<T> type, long id, String message) {
        T found = em.find(type, id);
        if (found == null) {
            throw new NotFoundException(message);
        }
        return found;
    }

    private static Optional<Long> first(Set<Long> ids) {
        return ids.stream().sorted().findFirst();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private record Unit(long id, String name) {
    }
}
