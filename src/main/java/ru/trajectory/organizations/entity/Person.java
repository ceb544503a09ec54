package ru.trajectory.organizations.entity;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A person of the staff register. The workplace is a school, a support organisation,
 * a municipal authority or the regional one; the region is always known, so that scope
 * checks never need to guess.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = Person.STAFF_OF_SCHOOL,
        query = "SELECT p FROM Person p WHERE p.school.id = :schoolId ORDER BY p.lastName, p.firstName, p.middleName")
@NamedQuery(name = Person.COUNT_STAFF_OF_SCHOOL,
        query = "SELECT COUNT(p) FROM Person p WHERE p.school.id = :schoolId")
@NamedQuery(name = Person.STAFF_COUNT_BY_SCHOOL,
        query = "SELECT p.school.id, COUNT(p) FROM Person p WHERE p.school IS NOT NULL "
                + "AND p.region.id = :regionId GROUP BY p.school.id")
public class Person {

    public static final String STAFF_OF_SCHOOL = "Person.staffOfSchool";
    public static final String COUNT_STAFF_OF_SCHOOL = "Person.countStaffOfSchool";
    public static final String STAFF_COUNT_BY_SCHOOL = "Person.staffCountBySchool";

    /** Молодой специалист: fewer than this many years in the profession. */
    public static final int YOUNG_SPECIALIST_YEARS = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Column(name = "middle_name", length = 100)
    private String middleName;

    @Column(length = 254)
    private String email;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "school_id")
    private School school;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "support_organization_id")
    private SupportOrganization supportOrganization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Position position;

    @Column(name = "experience_years")
    private Integer experienceYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "qualification_category", nullable = false, length = 16)
    private QualificationCategory qualificationCategory = QualificationCategory.NONE;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_subject", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "subject_code", length = 32)
    private Set<String> subjectCodes = new TreeSet<>();

    @Version
    private long version;

    protected Person() {
    }

    public Person(String lastName, String firstName, String middleName, Position position) {
        rename(lastName, firstName, middleName);
        this.position = Objects.requireNonNull(position, "position");
    }

    /** Places the person at a school; the municipality and region follow from it. */
    public void workAt(School school) {
        this.school = Objects.requireNonNull(school, "school");
        this.municipality = school.getMunicipality();
        this.region = municipality.getRegion();
        this.supportOrganization = null;
    }

    public void workAt(SupportOrganization organization) {
        this.supportOrganization = Objects.requireNonNull(organization, "organization");
        this.region = organization.getRegion();
        this.school = null;
        this.municipality = null;
    }

    public void workAt(Municipality authority) {
        this.municipality = Objects.requireNonNull(authority, "authority");
        this.region = authority.getRegion();
        this.school = null;
        this.supportOrganization = null;
    }

    public final void rename(String lastName, String firstName, String middleName) {
        this.lastName = Names.required(lastName, "lastName");
        this.firstName = Names.required(firstName, "firstName");
        this.middleName = Names.optional(middleName);
    }

    public Long getId() {
        return id;
    }

    /** Фамилия Имя Отчество, as Russian documents write it. */
    public String getFullName() {
        return middleName == null ? lastName + " " + firstName : lastName + " " + firstName + " " + middleName;
    }

    /** Фамилия И. О. */
    public String getShortName() {
        StringBuilder s = new StringBuilder(lastName).append(' ').append(firstName.charAt(0)).append('.');
        if (middleName != null) {
            s.append(' ').append(middleName.charAt(0)).append('.');
        }
        return s.toString();
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

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = Names.optional(email);
    }

    public School getSchool() {
        return school;
    }

    public SupportOrganization getSupportOrganization() {
        return supportOrganization;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public Region getRegion() {
        return region;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = Objects.requireNonNull(position, "position");
    }

    public Integer getExperienceYears() {
        return experienceYears;
    }

    public void setExperienceYears(Integer experienceYears) {
        if (experienceYears != null && (experienceYears < 0 || experienceYears > 80)) {
            throw new IllegalArgumentException("experienceYears out of range");
        }
        this.experienceYears = experienceYears;
    }

    public boolean isYoungSpecialist() {
        return experienceYears != null && experienceYears < YOUNG_SPECIALIST_YEARS;
    }

    public QualificationCategory getQualificationCategory() {
        return qualificationCategory;
    }

    public void setQualificationCategory(QualificationCategory category) {
        this.qualificationCategory = Objects.requireNonNull(category, "category");
    }

    public Set<String> getSubjectCodes() {
        return Set.copyOf(subjectCodes);
    }

    public void replaceSubjects(Collection<String> codes) {
        subjectCodes.clear();
        subjectCodes.addAll(codes);
    }
}
