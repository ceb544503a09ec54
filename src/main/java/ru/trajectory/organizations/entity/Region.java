package ru.trajectory.organizations.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "region")
@NamedQuery(name = Region.ALL, query = "SELECT r FROM Region r ORDER BY r.name")
public class Region {

    public static final String ALL = "Region.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Version
    private long version;

    protected Region() {
    }

    public Region(String code, String name) {
        this.code = Names.required(code, "code");
        this.name = Names.required(name, "name");
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
