package ru.trajectory.organizations.service;

import java.io.Serializable;
import java.time.LocalDate;

import ru.trajectory.organizations.entity.Partnership;

/** A partnership agreement with both schools named, read while they are still loaded. */
public record PartnershipView(long id, long schoolId, String schoolName, long partnerSchoolId,
                              String partnerSchoolName, String agreementNumber, LocalDate from, LocalDate to,
                              boolean active) implements Serializable {

    static PartnershipView of(Partnership p, LocalDate today) {
        return new PartnershipView(p.getId(), p.getSchool().getId(), p.getSchool().getDisplayName(),
                p.getPartnerSchool().getId(), p.getPartnerSchool().getDisplayName(), p.getAgreementNumber(),
                p.getValidFrom(), p.getValidTo(), p.isActiveOn(today));
    }
}
