package ru.trajectory.organizations.entity;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Договор о сетевом взаимодействии: a supported school and its partner (school-mentor). */
@Entity
@Table(name = "partnership")
@NamedQuery(name = Partnership.OF_SCHOOL, query = "SELECT p FROM Partnership p "
        + "WHERE p.school.id = :schoolId OR p.partnerSchool.id = :schoolId ORDER BY p.validFrom DESC")
@NamedQuery(name = Partnership.OF_MUNICIPALITY, query = "SELECT p FROM Partnership p "
        + "WHERE p.school.municipality.id = :municipalityId OR p.partnerSchool.municipality.id = :municipalityId "
        + "ORDER BY p.validFrom DESC")
@NamedQuery(name = Partnership.OF_REGION, query = "SELECT p FROM Partnership p "
        + "WHERE p.school.municipality.region.id = :regionId ORDER BY p.validFrom DESC")
public class Partnership {

    public static final String OF_SCHOOL = "Partnership.ofSchool";
    public static final String OF_MUNICIPALITY = "Partnership.ofMunicipality";
    public static final String OF_REGION = "Partnership.ofRegion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "school_id", nullable = false)
    private School school;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_school_id", nullable = false)
    private School partnerSchool;

    @Column(name = "agreement_number", nullable = false, length = 64)
    private String agreementNumber;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    private LocalDate validTo;

    @Version
    private long version;

    protected Partnership() {
    }

    public Partnership(School school, School partnerSchool, String agreementNumber, LocalDate validFrom, LocalDate validTo) {
        this.school = Objects.requireNonNull(school, "school");
        this.partnerSchool = Objects.requireNonNull(partnerSchool, "partnerSchool");
        if (school == partnerSchool || (school.getId() != null && school.getId().equals(partnerSchool.getId()))) {
            throw new IllegalArgumentException("A school cannot partner with itself");
        }
        this.agreementNumber = Names.required(agreementNumber, "agreementNumber");
        this.validFrom = Objects.requireNonNull(validFrom, "validFrom");
        this.validTo = Objects.requireNonNull(validTo, "validTo");
        if (validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("An agreement cannot end before it starts");
        }
    }

    public boolean isActiveOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    public Long getId() {
        return id;
    }

    public School getSchool() {
        return school;
    }

    public School getPartnerSchool() {
        return partnerSchool;
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
}
