package ru.trajectory.organizations.service;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import ru.trajectory.organizations.entity.Settlement;

/**
 * A school as its page shows it, read in one transaction: the entity's lazy municipality
 * and partner schools cannot be read once the service has returned.
 */
public class SchoolCard implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String name;
    private final String shortName;
    private final String address;
    private final Settlement settlement;
    private final long municipalityId;
    private final String municipalityName;
    private final long regionId;
    private final String regionName;
    private final List<YearFlags> years;
    private final List<PartnerLine> partnerships;

    SchoolCard(long id, String name, String shortName, String address, Settlement settlement, long municipalityId,
               String municipalityName, long regionId, String regionName, List<YearFlags> years,
               List<PartnerLine> partnerships) {
        this.id = id;
        this.name = name;
        this.shortName = shortName;
        this.address = address;
        this.settlement = settlement;
        this.municipalityId = municipalityId;
        this.municipalityName = municipalityName;
        this.regionId = regionId;
        this.regionName = regionName;
        this.years = List.copyOf(years);
        this.partnerships = List.copyOf(partnerships);
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public String getDisplayName() {
        return shortName != null ? shortName : name;
    }

    public String getAddress() {
        return address;
    }

    public Settlement getSettlement() {
        return settlement;
    }

    public long getMunicipalityId() {
        return municipalityId;
    }

    public String getMunicipalityName() {
        return municipalityName;
    }

    public long getRegionId() {
        return regionId;
    }

    public String getRegionName() {
        return regionName;
    }

    /** Newest program year first. */
    public List<YearFlags> getYears() {
        return years;
    }

    public List<PartnerLine> getPartnerships() {
        return partnerships;
    }

    /** The school's ШНОР / ШНСУ / ШВР flags in one program year. */
    public static class YearFlags implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int year;
        private final String label;
        private final boolean lowResults;
        private final boolean adverseConditions;
        private final boolean highResults;

        YearFlags(int year, String label, boolean lowResults, boolean adverseConditions, boolean highResults) {
            this.year = year;
            this.label = label;
            this.lowResults = lowResults;
            this.adverseConditions = adverseConditions;
            this.highResults = highResults;
        }

        public int getYear() {
            return year;
        }

        public String getLabel() {
            return label;
        }

        public boolean isLowResults() {
            return lowResults;
        }

        public boolean isAdverseConditions() {
            return adverseConditions;
        }

        public boolean isHighResults() {
            return highResults;
        }
    }

    /** An agreement seen from this school: the other school and whether this one is supported by it. */
    public static class PartnerLine implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long otherSchoolId;
        private final String otherSchoolName;
        private final boolean supported;
        private final String agreementNumber;
        private final LocalDate validFrom;
        private final LocalDate validTo;
        private final boolean active;

        PartnerLine(long otherSchoolId, String otherSchoolName, boolean supported, String agreementNumber,
                    LocalDate validFrom, LocalDate validTo, boolean active) {
            this.otherSchoolId = otherSchoolId;
            this.otherSchoolName = otherSchoolName;
            this.supported = supported;
            this.agreementNumber = agreementNumber;
            this.validFrom = validFrom;
            this.validTo = validTo;
            this.active = active;
        }

        public long getOtherSchoolId() {
            return otherSchoolId;
        }

        public String getOtherSchoolName() {
            return otherSchoolName;
        }

        /** True when this school is the supported one and the other is its school-mentor. */
        public boolean isSupported() {
            return supported;
        }

        public String getAgreementNumber() {
            return agreementNumber;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public boolean isActive() {
            return active;
        }
    }
}
