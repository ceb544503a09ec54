package ru.trajectory.organizations.service;

import java.io.Serializable;

import ru.trajectory.organizations.entity.Region;

/** A region as lists and the API show it. */
public record RegionView(long id, String code, String name) implements Serializable {

    static RegionView of(Region r) {
        return new RegionView(r.getId(), r.getCode(), r.getName());
    }
}
