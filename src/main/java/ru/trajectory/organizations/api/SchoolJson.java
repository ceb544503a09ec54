package ru.trajectory.organizations.api;

import java.util.List;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.organizations.service.SchoolView;

/**
 * A school; {@code programYears} only in the detail ({@code GET /schools/{id}}), left out of
 * lists so that a page of schools stays one query.
 */
@JsonbPropertyOrder({"id", "municipalityId", "municipalityName", "regionId", "name", "shortName", "settlement",
        "address", "programYears"})
public class SchoolJson {

    public String id;
    public String municipalityId;
    public String municipalityName;
    public String regionId;
    public String name;
    public String shortName;
    public String settlement;
    public String address;
    public List<ProgramYearJson> programYears;

    static SchoolJson of(SchoolView v, boolean withYears) {
        SchoolJson json = new SchoolJson();
        json.id = Long.toString(v.id());
        json.municipalityId = Long.toString(v.municipalityId());
        json.municipalityName = v.municipalityName();
        json.regionId = Long.toString(v.regionId());
        json.name = v.name();
        json.shortName = v.shortName();
        json.settlement = v.settlement().name();
        json.address = v.address();
        json.programYears = withYears ? v.programYears().stream().map(ProgramYearJson::of).toList() : null;
        return json;
    }
}
