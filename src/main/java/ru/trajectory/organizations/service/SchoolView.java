package ru.trajectory.organizations.service;

import java.io.Serializable;
import java.util.List;

import ru.trajectory.organizations.entity.ProgramYearStatus;
import ru.trajectory.organizations.entity.School;
import ru.trajectory.organizations.entity.Settlement;

/**
 * A school with its place in the territory tree and, for the detail view, its flags per
 * program year (empty in lists). Built inside the service's transaction, so that the lazy
 * municipality and region are read while they can be.
 */
public record SchoolView(long id, long municipalityId, String municipalityName, long regionId, String name,
                         String shortName, Settlement settlement, String address, List<ProgramYearView> programYears)
        implements Serializable {

    /** ШНОР, ШНСУ, ШВР of one program year. */
    public record ProgramYearView(int year, boolean lowResults, boolean adverseConditions, boolean highResults)
            implements Serializable {

        static ProgramYearView of(ProgramYearStatus s) {
            return new ProgramYearView(s.getProgramYear(), s.isLowResults(), s.isAdverseConditions(), s.isHighResults());
        }
    }

    public SchoolView {
        programYears = List.copyOf(programYears);
    }

    static SchoolView of(School s, List<ProgramYearView> years) {
        return new SchoolView(s.getId(), s.getMunicipality().getId(), s.getMunicipality().getName(),
                s.getMunicipality().getRegion().getId(), s.getName(), s.getShortName(), s.getSettlement(),
                s.getAddress(), years);
    }
}
