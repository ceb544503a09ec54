package ru.trajectory.organizations.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.entity.ScopeType;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.entity.ProgramYear;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.PersonView;
import ru.trajectory.organizations.service.SchoolPages;
import ru.trajectory.organizations.service.Territory;
import ru.trajectory.organizations.service.TerritoryRow;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * The home page: one section per role the caller holds, each with what that role can use
 * today. A person with several roles sees several sections.
 */
@Named
@RequestScoped
public class Home {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    People people;

    @Inject
    Territory territory;

    @Inject
    SchoolPages schoolPages;

    private Caller caller;
    private int year;
    private PersonView profile;
    private final List<SchoolSummary> directedSchools = new ArrayList<>();
    private final List<SchoolSummary> mentoredSchools = new ArrayList<>();
    private final List<MunicipalitySummary> municipalities = new ArrayList<>();
    private final List<RegionSummary> regions = new ArrayList<>();

    public void load() {
        caller = currentCaller.get();
        year = schoolPages.currentProgramYear();
        if (caller.personId() != null) {
            try {
                profile = people.view(caller.personId());
            } catch (NotFoundException e) {
                profile = null;
            }
        }
        for (Long id : sorted(caller.scopes(Role.SCHOOL_ADMIN, ScopeType.SCHOOL))) {
            School school = territory.school(id);
            directedSchools.add(new SchoolSummary(id, school.getDisplayName(), people.countStaff(id)));
        }
        for (Long id : sorted(caller.scopes(Role.MENTOR, ScopeType.SCHOOL))) {
            mentoredSchools.add(new SchoolSummary(id, territory.school(id).getDisplayName(), -1));
        }
        for (Long id : sorted(caller.scopes(Role.MUNICIPAL_COORDINATOR, ScopeType.MUNICIPALITY))) {
            municipalities.add(new MunicipalitySummary(id, territory.municipality(id).getName(),
                    territory.municipalitySchools(id, year)));
        }
        for (Long id : sorted(caller.scopes(Role.REGIONAL_OPERATOR, ScopeType.REGION))) {
            List<TerritoryRow> tree = territory.regionTree(id, year);
            regions.add(new RegionSummary(tree.get(0), tree.size() - 1));
        }
    }

    private static List<Long> sorted(Set<Long> ids) {
        return ids.stream().sorted().toList();
    }

    public boolean has(String role) {
        return caller != null && caller.has(Role.valueOf(role));
    }

    public String getYearLabel() {
        return ProgramYear.label(year);
    }

    public PersonView getProfile() {
        return profile;
    }

    public List<SchoolSummary> getDirectedSchools() {
        return directedSchools;
    }

    public List<SchoolSummary> getMentoredSchools() {
        return mentoredSchools;
    }

    public List<MunicipalitySummary> getMunicipalities() {
        return municipalities;
    }

    public List<RegionSummary> getRegions() {
        return regions;
    }

    /** A regional operator's region: its totals row and how many municipalities it has. */
    public static class RegionSummary implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TerritoryRow totals;
        private final int municipalities;

        RegionSummary(TerritoryRow totals, int municipalities) {
            this.totals = totals;
            this.municipalities = municipalities;
        }

        public TerritoryRow getTotals() {
            return totals;
        }

        public int getMunicipalities() {
            return municipalities;
        }
    }

    /** A school of the caller's role, with its staff count where the role may see it. */
    public static class SchoolSummary implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final long staff;

        SchoolSummary(long id, String name, long staff) {
            this.id = id;
            this.name = name;
            this.staff = staff;
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public long getStaff() {
            return staff;
        }
    }

    /** A coordinator's municipality with its school rows for the current program year. */
    public static class MunicipalitySummary implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String name;
        private final List<TerritoryRow> schools;

        MunicipalitySummary(long id, String name, List<TerritoryRow> schools) {
            this.id = id;
            this.name = name;
            this.schools = List.copyOf(schools);
        }

        public long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public List<TerritoryRow> getSchools() {
            return schools;
        }

        public long getStaff() {
            return schools.stream().mapToLong(TerritoryRow::getStaff).sum();
        }

        public long getLowResults() {
            return schools.stream().mapToLong(TerritoryRow::getLowResults).sum();
        }

        public long getAdverseConditions() {
            return schools.stream().mapToLong(TerritoryRow::getAdverseConditions).sum();
        }

        public long getHighResults() {
            return schools.stream().mapToLong(TerritoryRow::getHighResults).sum();
        }
    }
}
