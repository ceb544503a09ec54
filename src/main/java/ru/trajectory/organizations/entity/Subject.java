package ru.trajectory.organizations.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A school subject of the reference list (seeded by migration, read-only here). */
@Entity
@Cacheable
@Table(name = "subject")
@NamedQuery(name = Subject.ALL, query = "SELECT s FROM Subject s ORDER BY s.name")
public class Subject {

    public static final String ALL = "Subject.all";

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    protected Subject() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}
