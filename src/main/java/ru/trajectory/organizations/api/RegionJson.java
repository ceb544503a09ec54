package ru.trajectory.organizations.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.organizations.service.RegionView;

/** {@code {id, code, name}}. */
@JsonbPropertyOrder({"id", "code", "name"})
public class RegionJson {

    public String id;
    public String code;
    public String name;

    static RegionJson of(RegionView v) {
        RegionJson json = new RegionJson();
        json.id = Long.toString(v.id());
        json.code = v.code();
        json.name = v.name();
        return json;
    }
}
