package ru.trajectory.diagnostics.service;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many staff of each territory unit have a deficit per competency: counts only, never a
 * name or a score, so that managers above a school can read it (DESIGN.md section 3).
 * Plain classes with getters, because the pages read it through EL.
 */
public class HeatMap implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The territory a map covers; its rows are the next level down (a school is its own one row). */
    public enum Scope {
        SCHOOL,
        MUNICIPALITY,
        REGION;

        /** The scope of the rows' own maps, for drilling down; none below a school. */
        public Scope child() {
            return switch (this) {
                case REGION -> MUNICIPALITY;
                case MUNICIPALITY -> SCHOOL;
                case SCHOOL -> null;
            };
        }

        /** The scope named in a request, or null when the text names none. */
        public static Scope parse(String text) {
            if (text == null) {
                return null;
            }
            for (Scope s : values()) {
                if (s.name().equalsIgnoreCase(text.strip())) {
                    return s;
                }
            }
            return null;
        }
    }

    /**
     * How large a cell's share of staff with a deficit is. The bounds are deliberately coarse:
     * a map is read for where to send courses and mentors, not for a percentage point.
     */
    public enum Band {
        /** No staff in the unit: a share means nothing. */
        EMPTY,
        /** Staff, but none of them has a profile yet: zero deficits would read as «all is well». */
        NO_DATA,
        NONE,
        /** Below 10 %. */
        LOW,
        /** 10 % to below 25 %. */
        MEDIUM,
        /** 25 % to below 50 %. */
        HIGH,
        /** 50 % and more. */
        SEVERE;

        static Band of(long count, long staff, long diagnosed) {
            if (staff <= 0) {
                return EMPTY;
            }
            if (diagnosed <= 0) {
                return NO_DATA;
            }
            if (count <= 0) {
                return NONE;
            }
            // Integer comparisons: a share exactly on a bound falls into the upper band.
            long scaled = count * 100;
            if (scaled < 10 * staff) {
                return LOW;
            }
            if (scaled < 25 * staff) {
                return MEDIUM;
            }
            return scaled < 50 * staff ? HIGH : SEVERE;
        }

        /** The CSS suffix of the band. */
        public String getCss() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        public String getName() {
            return name();
        }

        /** Whether the cell has a meaningful count to show. */
        public boolean isMeasured() {
            return this != EMPTY && this != NO_DATA;
        }
    }

    private final Scope scope;
    private final long scopeId;
    private final String name;
    private final Scope parentScope;
    private final Long parentId;
    private final String parentName;
    private final List<Column> columns;
    private final List<Area> areas;
    private final List<Row> rows;
    private final Row total;

    HeatMap(Scope scope, long scopeId, String name, Scope parentScope, Long parentId, String parentName,
            List<Column> columns, List<Row> rows) {
        this.scope = scope;
        this.scopeId = scopeId;
        this.name = name;
        this.parentScope = parentScope;
        this.parentId = parentId;
        this.parentName = parentName;
        this.columns = List.copyOf(columns);
        this.areas = Area.of(columns);
        this.rows = List.copyOf(rows);
        this.total = Row.total(rows, columns);
    }

    public Scope getScope() {
        return scope;
    }

    public long getScopeId() {
        return scopeId;
    }

    public String getName() {
        return name;
    }

    /** The scope of the map one level up, when the caller may open it; null otherwise. */
    public Scope getParentScope() {
        return parentScope;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getParentName() {
        return parentName;
    }

    /** The scope of the rows' own maps, null for a school. */
    public Scope getChildScope() {
        return scope.child();
    }

    public List<Column> getColumns() {
        return columns;
    }

    /** Runs of adjacent columns of one area, for a grouped header. */
    public List<Area> getAreas() {
        return areas;
    }

    public List<Row> getRows() {
        return rows;
    }

    /** The sums over all rows (for a school, the same numbers as its one row). */
    public Row getTotal() {
        return total;
    }

    /** A competency of the newest published framework. */
    public static class Column implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final String areaCode;
        private final String area;

        Column(String code, String name, String areaCode, String area) {
            this.code = code;
            this.name = name;
            this.areaCode = areaCode;
            this.area = area;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getAreaCode() {
            return areaCode;
        }

        public String getArea() {
            return area;
        }
    }

    /** An area heading spanning its competencies' columns. */
    public static class Area implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final List<Column> columns;

        Area(String code, String name, List<Column> columns) {
            this.code = code;
            this.name = name;
            this.columns = List.copyOf(columns);
        }

        static List<Area> of(List<Column> columns) {
            List<Area> areas = new ArrayList<>();
            List<Column> run = new ArrayList<>();
            for (Column c : columns) {
                if (!run.isEmpty() && !run.get(0).getAreaCode().equals(c.getAreaCode())) {
                    areas.add(new Area(run.get(0).getAreaCode(), run.get(0).getArea(), run));
                    run = new ArrayList<>();
                }
                run.add(c);
            }
            if (!run.isEmpty()) {
                areas.add(new Area(run.get(0).getAreaCode(), run.get(0).getArea(), run));
            }
            return Collections.unmodifiableList(areas);
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public int getSpan() {
            return columns.size();
        }

        public List<Column> getColumns() {
            return columns;
        }
    }

    /** A territory unit: its staff, how many of them have a profile, and deficit counts per competency. */
    public static class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final String name;
        private final long staff;
        private final long diagnosed;
        private final Map<String, Long> deficits;
        private final List<Cell> cells;

        Row(Long id, String name, long staff, long diagnosed, Map<String, Long> counts, List<Column> columns) {
            this.id = id;
            this.name = name;
            this.staff = staff;
            this.diagnosed = diagnosed;
            Map<String, Long> ordered = new LinkedHashMap<>();
            List<Cell> line = new ArrayList<>(columns.size());
            for (Column c : columns) {
                long count = counts.getOrDefault(c.getCode(), 0L);
                ordered.put(c.getCode(), count);
                line.add(new Cell(c, count, staff, diagnosed));
            }
            this.deficits = Collections.unmodifiableMap(ordered);
            this.cells = List.copyOf(line);
        }

        static Row total(List<Row> rows, List<Column> columns) {
            long staff = 0;
            long diagnosed = 0;
            Map<String, Long> sums = new LinkedHashMap<>();
            for (Row r : rows) {
                staff += r.staff;
                diagnosed += r.diagnosed;
                r.deficits.forEach((code, n) -> sums.merge(code, n, Long::sum));
            }
            return new Row(null, null, staff, diagnosed, sums, columns);
        }

        /** The school's or municipality's id; null for the total. */
        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public long getStaff() {
            return staff;
        }

        public long getDiagnosed() {
            return diagnosed;
        }

        /** Deficit counts by competency code, in column order, zeros included. */
        public Map<String, Long> getDeficits() {
            return deficits;
        }

        public List<Cell> getCells() {
            return cells;
        }
    }

    /** One count of the map with its share of the unit's staff. */
    public static class Cell implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String competency;
        private final long count;
        private final long staff;
        private final Band band;

        Cell(Column column, long count, long staff, long diagnosed) {
            this.code = column.getCode();
            this.competency = column.getName();
            this.count = count;
            this.staff = staff;
            this.band = Band.of(count, staff, diagnosed);
        }

        public String getCode() {
            return code;
        }

        public String getCompetency() {
            return competency;
        }

        public long getCount() {
            return count;
        }

        public long getStaff() {
            return staff;
        }

        /** The share of staff with the deficit in whole percent, rounded half up; 0 without staff. */
        public long getPercent() {
            return staff <= 0 ? 0 : (count * 200 + staff) / (staff * 2);
        }

        public Band getBand() {
            return band;
        }
    }
}
