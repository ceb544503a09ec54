package ru.trajectory.organizations.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.organizations.entity.Municipality;
import ru.trajectory.organizations.entity.Partnership;
import ru.trajectory.organizations.entity.Region;
import ru.trajectory.organizations.entity.School;

/**
 * The territory and partnerships as views for the API and pages. Every rule stays in
 * {@link Territory} and {@link Partnerships}; this class runs their calls in one transaction
 * and turns the entities into views before it ends, so that nobody touches a lazy
 * association of a detached entity. Writes are flushed first: identity ids exist only
 * once the row is inserted.
 */
@ApplicationScoped
@Transactional
public class SchoolDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    Territory territory;

    @Inject
    Partnerships partnerships;

    @Inject
    Clock clock;

    public List<RegionView> regions(int first, int size) {
        return territory.regions(first, size).stream().map(RegionView::of).toList();
    }

    public long countRegions() {
        return territory.countRegions();
    }

    public RegionView createRegion(String code, String name) {
        Region region = territory.createRegion(code, name);
        em.flush();
        return RegionView.of(region);
    }

    public List<MunicipalityView> municipalities(Long regionId, int first, int size) {
        return territory.municipalities(regionId, first, size).stream().map(MunicipalityView::of).toList();
    }

    public long countMunicipalities(Long regionId) {
        return territory.countMunicipalities(regionId);
    }

    public MunicipalityView createMunicipality(Long regionId, String name) {
        Municipality m = territory.createMunicipality(regionId, name);
        em.flush();
        return MunicipalityView.of(m);
    }

    public List<SchoolView> schools(Long regionId, Long municipalityId, int first, int size) {
        return territory.schools(regionId, municipalityId, first, size).stream()
                .map(s -> SchoolView.of(s, List.of())).toList();
    }

    public long countSchools(Long regionId, Long municipalityId) {
        return territory.countSchools(regionId, municipalityId);
    }

    /** A school with its program-year flags, newest year first. */
    public SchoolView school(long id) {
        School school = territory.school(id);
        return SchoolView.of(school, territory.programYears(id).stream().map(SchoolView.ProgramYearView::of).toList());
    }

    public SchoolView createSchool(Long municipalityId, String name, String shortName, String settlement,
                                   String address) {
        School school = territory.createSchool(municipalityId, name, shortName, settlement, address);
        em.flush();
        return SchoolView.of(school, List.of());
    }

    public SchoolView.ProgramYearView setProgramYear(long schoolId, int year, boolean lowResults, boolean adverse,
                                                     boolean high) {
        return SchoolView.ProgramYearView.of(territory.setProgramYear(schoolId, year, lowResults, adverse, high));
    }

    public PartnershipView createPartnership(Long schoolId, Long partnerSchoolId, String agreementNumber,
                                             LocalDate from, LocalDate to) {
        Partnership p = partnerships.create(schoolId, partnerSchoolId, agreementNumber, from, to);
        em.flush();
        return PartnershipView.of(p, LocalDate.now(clock));
    }

    public List<PartnershipView> partnershipsOf(long schoolId) {
        LocalDate today = LocalDate.now(clock);
        return partnerships.ofSchool(schoolId).stream().map(p -> PartnershipView.of(p, today)).toList();
    }

    public List<PartnershipView> managedPartnerships() {
        LocalDate today = LocalDate.now(clock);
        return partnerships.managed().stream().map(p -> PartnershipView.of(p, today)).toList();
    }
}
