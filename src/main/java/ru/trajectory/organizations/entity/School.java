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

@Entity
@Table(name = "school")
@NamedQuery(name = School.OF_MUNICIPALITY,
        query = "SELECT s FROM School s WHERE s.municipality.id = :municipalityId ORDER BY s.name")
public class School {

    public static final String OF_MUNICIPALITY = "School.ofMunicipality";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    private Municipality municipality;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "short_name", length = 120)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Settlement settlement;

    @Column(length = 300)
    private String address;

    @Version
    private long version;

    protected School() {
    }

    public School(Municipality municipality, String name, Settlement settlement) {
        this.municipality = Objects.requireNonNull(municipality, "municipality");
        this.name = Names.required(name, "name");
        this.settlement = Objects.requireNonNull(settlement, "settlement");
    }

    public Long getId() {
        return id;
    }

    public Municipality getMunicipality() {
        return municipality;
    }

    public String getName() {
        return name;
    }

    /** The short name when there is one: tables and breadcrumbs use it. */
    public String getDisplayName() {
        return shortName != null ? shortName : name;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = Names.optional(shortName);
    }

    public Settlement getSettlement() {
        return settlement;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = Names.optional(address);
    }
}
