package ru.trajectory.organizations.entity;

import java.util.Objects;

import jakarta.persistence.Column;
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

/** Where methodologists work: a regional centre that runs courses and supports schools. */
@Entity
@Table(name = "support_organization")
@NamedQuery(name = SupportOrganization.OF_REGION,
        query = "SELECT o FROM SupportOrganization o WHERE o.region.id = :regionId ORDER BY o.name")
public class SupportOrganization {

    public static final String OF_REGION = "SupportOrganization.ofRegion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "short_name", nullable = false, length = 60)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SupportOrganizationKind kind;

    @Version
    private long version;

    protected SupportOrganization() {
    }

    public SupportOrganization(Region region, String name, String shortName, SupportOrganizationKind kind) {
        this.region = Objects.requireNonNull(region, "region");
        this.name = Names.required(name, "name");
        this.shortName = Names.required(shortName, "shortName");
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Long getId() {
        return id;
    }

    public Region getRegion() {
        return region;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public SupportOrganizationKind getKind() {
        return kind;
    }
}
