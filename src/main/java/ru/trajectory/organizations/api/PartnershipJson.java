package ru.trajectory.organizations.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.organizations.service.PartnershipView;

/** A partnership agreement; dates {@code YYYY-MM-DD}, {@code active} as of today. */
@JsonbPropertyOrder({"id", "schoolId", "schoolName", "partnerSchoolId", "partnerSchoolName", "agreementNumber",
        "from", "to", "active"})
public class PartnershipJson {

    public String id;
    public String schoolId;
    public String schoolName;
    public String partnerSchoolId;
    public String partnerSchoolName;
    public String agreementNumber;
    public String from;
    public String to;
    public boolean active;

    static PartnershipJson of(PartnershipView v) {
        PartnershipJson json = new PartnershipJson();
        json.id = Long.toString(v.id());
        json.schoolId = Long.toString(v.schoolId());
        json.schoolName = v.schoolName();
        json.partnerSchoolId = Long.toString(v.partnerSchoolId());
        json.partnerSchoolName = v.partnerSchoolName();
        json.agreementNumber = v.agreementNumber();
        json.from = v.from().toString();
        json.to = v.to().toString();
        json.active = v.active();
        return json;
    }
}
