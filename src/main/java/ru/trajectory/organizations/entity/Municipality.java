package ru.trajectory.organizations.entity;

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

@Entity
@Table(name = "municipality")
@NamedQuery(name = Municipality.OF_REGION,
        query = "SELECT m FROM Municipality m WHERE m.region.id = :regionId ORDER BY m.name")
@NamedQuery(name = Municipality.ALL,
        query = "SELECT m FROM Municipality m ORDER BY m.region.name, m.name")
public class Municipality {

    public static final String OF_REGION = "Municipality.ofRegion";
    public static final String ALL = "Municipality.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_id", nullable = false)
    private Region region;

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private long version;

    protected Municipality() {
    }

    public Municipality(Region region, String name) {
        this.region = Objects.requireNonNull(region, "region");
        this.name = Names.required(name, "name");
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
}
