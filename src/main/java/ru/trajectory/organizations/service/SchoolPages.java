package ru.trajectory.organizations.service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.organizations.entity.Municipality;
import ru.trajectory.organizations.entity.Partnership;
import ru.trajectory.organizations.entity.ProgramYear;
import ru.trajectory.organizations.entity.ProgramYearStatus;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.NotFoundException;

/**
 * Read models for the school page. A school's card is public to everyone signed in, as the
 * territory tree is; its staff stays behind {@link People#maySeeStaff}.
 */
@ApplicationScoped
@Transactional
public class SchoolPages {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @PersistenceContext
    EntityManager em;

    @Inject
    TerritoryScope scope;

    @Inject
    Clock clock;

    public SchoolCard card(long schoolId) {
        if (!scope.caller().isSignedIn()) {
            throw new AccessDeniedException("Войдите в систему");
        }
        School school = em.find(School.class, schoolId);
        if (school == null) {
            throw new NotFoundException("Школа не найдена");
        }
        Municipality m = school.getMunicipality();
        List<SchoolCard.YearFlags> years = em.createNamedQuery(ProgramYearStatus.OF_SCHOOL, ProgramYearStatus.class)
                .setParameter("schoolId", schoolId).getResultStream()
                .map(y -> new SchoolCard.YearFlags(y.getProgramYear(), ProgramYear.label(y.getProgramYear()),
                        y.isLowResults(), y.isAdverseConditions(), y.isHighResults()))
                .toList();
        LocalDate today = LocalDate.now(clock.withZone(MOSCOW));
        List<SchoolCard.PartnerLine> partners = em.createNamedQuery(Partnership.OF_SCHOOL, Partnership.class)
                .setParameter("schoolId", schoolId).getResultStream()
                .map(p -> {
                    boolean supported = p.getSchool().getId() == schoolId;
                    School other = supported ? p.getPartnerSchool() : p.getSchool();
                    return new SchoolCard.PartnerLine(other.getId(), other.getDisplayName(), supported,
                            p.getAgreementNumber(), p.getValidFrom(), p.getValidTo(), p.isActiveOn(today));
                })
                .toList();
        return new SchoolCard(school.getId(), school.getName(), school.getShortName(), school.getAddress(),
                school.getSettlement(), m.getId(), m.getName(), m.getRegion().getId(), m.getRegion().getName(),
                years, partners);
    }

    /** The program year under way today (Moscow time): 2026 from 1 September 2026. */
    public int currentProgramYear() {
        return ProgramYear.of(LocalDate.now(clock.withZone(MOSCOW)));
    }
}
