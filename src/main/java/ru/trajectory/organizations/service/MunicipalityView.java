package ru.trajectory.organizations.service;

import java.io.Serializable;

import ru.trajectory.organizations.entity.Municipality;

/** A municipality with the id of its region, read while the region is still loaded. */
public record MunicipalityView(long id, long regionId, String name) implements Serializable {

    static MunicipalityView of(Municipality m) {
        return new MunicipalityView(m.getId(), m.getRegion().getId(), m.getName());
    }
}
