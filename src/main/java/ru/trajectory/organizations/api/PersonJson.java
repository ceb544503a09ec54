package ru.trajectory.organizations.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.organizations.service.PersonView;

/**
 * A person as far as the caller may see: what the service left out (contacts, experience,
 * category of a colleague) is null and therefore absent from the JSON.
 */
@JsonbPropertyOrder({"id", "fullName", "lastName", "firstName", "middleName", "position", "subjects",
        "subjectCodes", "schoolId", "schoolName", "municipalityId", "municipalityName", "organizationName",
        "regionName", "email", "experienceYears", "youngSpecialist", "qualificationCategory"})
public class PersonJson {

    public String id;
    public String fullName;
    public String lastName;
    public String firstName;
    public String middleName;
    public String position;
    public List<String> subjects;
    public List<String> subjectCodes;
    public String schoolId;
    public String schoolName;
    public String municipalityId;
    public String municipalityName;
    public String organizationName;
    public String regionName;
    public String email;
    public Integer experienceYears;
    public Boolean youngSpecialist;
    public String qualificationCategory;

    static PersonJson of(PersonView v) {
        PersonJson json = new PersonJson();
        json.id = Long.toString(v.getId());
        json.fullName = v.getFullName();
        json.lastName = v.getLastName();
        json.firstName = v.getFirstName();
        json.middleName = v.getMiddleName();
        json.position = v.getPosition() == null ? null : v.getPosition().name();
        json.subjects = v.getSubjects();
        json.subjectCodes = v.getSubjectCodes();
        json.schoolId = v.getSchoolId() == null ? null : v.getSchoolId().toString();
        json.schoolName = v.getSchoolName();
        json.municipalityId = v.getMunicipalityId() == null ? null : v.getMunicipalityId().toString();
        json.municipalityName = v.getMunicipalityName();
        json.organizationName = v.getOrganizationName();
        json.regionName = v.getRegionName();
        json.email = v.getEmail();
        json.experienceYears = v.getExperienceYears();
        json.youngSpecialist = v.getYoungSpecialist();
        json.qualificationCategory = v.getQualificationCategory() == null ? null : v.getQualificationCategory().name();
        return json;
    }
}
