package ru.trajectory.organizations.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.organizations.service.SchoolView;

/** A school's flags in one program year: ШНОР, ШНСУ, ШВР. */
@JsonbPropertyOrder({"year", "lowResults", "adverseConditions", "highResults"})
public class ProgramYearJson {

    public int year;
    public boolean lowResults;
    public boolean adverseConditions;
    public boolean highResults;

    static ProgramYearJson of(SchoolView.ProgramYearView v) {
        ProgramYearJson json = new ProgramYearJson();
        json.year = v.year();
        json.lowResults = v.lowResults();
        json.adverseConditions = v.adverseConditions();
        json.highResults = v.highResults();
        return json;
    }
}
