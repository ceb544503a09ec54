package ru.trajectory.organizations.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.organizations.service.MunicipalityView;

/** {@code {id, regionId, name}}. */
@JsonbPropertyOrder({"id", "regionId", "name"})
public class MunicipalityJson {

    public String id;
    public String regionId;
    public String name;

    static MunicipalityJson of(MunicipalityView v) {
        MunicipalityJson json = new MunicipalityJson();
        json.id = Long.toString(v.id());
        json.regionId = Long.toString(v.regionId());
        json.name = v.name();
        return json;
    }
}
