package ru.trajectory.organizations.service;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import ru.trajectory.organizations.entity.Person;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.QualificationCategory;
import ru.trajectory.organizations.service.TerritoryScope.Visibility;

/**
 * What a caller may see of a person. With {@link Visibility#BASIC} the contacts,
 * experience and category are left out (null), never sent to be hidden by the page.
 */
public class PersonView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final String fullName;
    private final String lastName;
    private final String firstName;
    private final String middleName;
    private final Position position;
    private final List<String> subjects;
    private final List<String> subjectCodes;
    private final Long schoolId;
    private final String schoolName;
    private final Long municipalityId;
    private final String municipalityName;
    private final String organizationName;
    private final String regionName;
    private final boolean full;
    private final String email;
    private final Integer experienceYears;
    private final Boolean youngSpecialist;
    private final QualificationCategory qualificationCategory;

    PersonView(Person p, Visibility visibility, Map<String, String> subjectNames) {
        this.id = p.getId();
        this.fullName = p.getFullName();
        this.lastName = p.getLastName();
        this.firstName = p.getFirstName();
        this.middleName = p.getMiddleName();
        this.position = p.getPosition();
        this.subjectCodes = List.copyOf(p.getSubjectCodes());
        this.subjects = subjectCodes.stream().map(c -> subjectNames.getOrDefault(c, c)).sorted().toList();
        this.schoolId = p.getSchool() == null ? null : p.getSchool().getId();
        this.schoolName = p.getSchool() == null ? null : p.getSchool().getDisplayName();
        this.municipalityId = p.getMunicipality() == null ? null : p.getMunicipality().getId();
        this.municipalityName = p.getMunicipality() == null ? null : p.getMunicipality().getName();
        this.organizationName = p.getSupportOrganization() == null ? null : p.getSupportOrganization().getShortName();
        this.regionName = p.getRegion().getName();
        this.full = visibility == Visibility.FULL;
        this.email = full ? p.getEmail() : null;
        this.experienceYears = full ? p.getExperienceYears() : null;
        this.youngSpecialist = full ? p.isYoungSpecialist() : null;
        this.qualificationCategory = full ? p.getQualificationCategory() : null;
    }

    public long getId() {
        return id;
    }

    public String getFullName() {
        return fullName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public Position getPosition() {
        return position;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public List<String> getSubjectCodes() {
        return subjectCodes;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public Long getMunicipalityId() {
        return municipalityId;
    }

    public String getMunicipalityName() {
        return municipalityName;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public String getRegionName() {
        return regionName;
    }

    public boolean isFull() {
        return full;
    }

    public String getEmail() {
        return email;
    }

    public Integer getExperienceYears() {
        return experienceYears;
    }

    public Boolean getYoungSpecialist() {
        return youngSpecialist;
    }

    public QualificationCategory getQualificationCategory() {
        return qualificationCategory;
    }
}
