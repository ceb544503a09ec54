package ru.trajectory.diagnostics.api;

import java.util.List;
import java.util.Map;

import jakarta.json.bind.annotation.JsonbPropertyOrder;

import ru.trajectory.diagnostics.service.HeatMap;

/**
 * A heat map: the competencies as columns, and per territory unit its staff, how many of them
 * have a deficit profile, and deficit counts by competency code (zeros included). The total
 * over all rows is an addition to the contract of API.md.
 */
@JsonbPropertyOrder({"scope", "scopeId", "name", "competencies", "rows", "total"})
public class HeatMapJson {

    public String scope;
    public String scopeId;
    public String name;
    public List<CompetencyJson> competencies;
    public List<RowJson> rows;
    public RowJson total;

    static HeatMapJson of(HeatMap map) {
        HeatMapJson json = new HeatMapJson();
        json.scope = map.getScope().name();
        json.scopeId = Long.toString(map.getScopeId());
        json.name = map.getName();
        json.competencies = map.getColumns().stream().map(CompetencyJson::of).toList();
        json.rows = map.getRows().stream().map(RowJson::of).toList();
        RowJson total = RowJson.of(map.getTotal());
        total.id = null;
        total.name = null;
        json.total = total;
        return json;
    }

    @JsonbPropertyOrder({"code", "name", "area"})
    public static class CompetencyJson {

        public String code;
        public String name;
        public String area;

        static CompetencyJson of(HeatMap.Column c) {
            CompetencyJson json = new CompetencyJson();
            json.code = c.getCode();
            json.name = c.getName();
            json.area = c.getArea();
            return json;
        }
    }

    @JsonbPropertyOrder({"id", "name", "staff", "diagnosed", "deficits"})
    public static class RowJson {

        public String id;
        public String name;
        public long staff;
        public long diagnosed;
        public Map<String, Long> deficits;

        static RowJson of(HeatMap.Row r) {
            RowJson json = new RowJson();
            json.id = r.getId() == null ? null : r.getId().toString();
            json.name = r.getName();
            json.staff = r.getStaff();
            json.diagnosed = r.getDiagnosed();
            json.deficits = r.getDeficits();
            return json;
        }
    }
}
