package ru.trajectory.diagnostics.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.trajectory.diagnostics.service.HeatMap.Band;
import ru.trajectory.diagnostics.service.HeatMap.Column;
import ru.trajectory.diagnostics.service.HeatMap.Row;
import ru.trajectory.diagnostics.service.HeatMap.Scope;

class HeatMapTest {

    private static final List<Column> COLUMNS = List.of(
            new Column("SUB-01", "Предмет", "SUBJECT", "Предметные"),
            new Column("MET-01", "Урок", "METHODICAL", "Методические"),
            new Column("MET-02", "Оценивание", "METHODICAL", "Методические"));

    @Test
    void bandsFollowTheShareOfStaffAndABoundBelongsToTheUpperBand() {
        assertEquals(Band.EMPTY, Band.of(0, 0, 0));
        assertEquals(Band.NO_DATA, Band.of(0, 20, 0));
        assertEquals(Band.NONE, Band.of(0, 20, 5));
        assertEquals(Band.LOW, Band.of(1, 20, 5));
        assertEquals(Band.MEDIUM, Band.of(2, 20, 5), "exactly 10 %");
        assertEquals(Band.MEDIUM, Band.of(4, 20, 5));
        assertEquals(Band.HIGH, Band.of(5, 20, 5), "exactly 25 %");
        assertEquals(Band.HIGH, Band.of(9, 20, 10));
        assertEquals(Band.SEVERE, Band.of(10, 20, 10), "exactly 50 %");
        assertEquals(Band.SEVERE, Band.of(20, 20, 20));
        assertEquals("no-data", Band.NO_DATA.getCss());
        assertFalse(Band.NO_DATA.isMeasured());
        assertTrue(Band.NONE.isMeasured());
    }

    @Test
    void rowsListEveryColumnInOrderAndTheTotalSumsThem() {
        Row a = new Row(1L, "Школа 1", 30, 10, Map.of("MET-02", 3L, "OLD-99", 7L), COLUMNS);
        Row b = new Row(2L, "Школа 2", 0, 0, Map.of(), COLUMNS);
        HeatMap map = new HeatMap(Scope.MUNICIPALITY, 5, "Район", Scope.REGION, 9L, "Область", COLUMNS, List.of(a, b));

        assertEquals(List.of("SUB-01", "MET-01", "MET-02"), List.copyOf(a.getDeficits().keySet()));
        assertEquals(0L, a.getDeficits().get("SUB-01"));
        assertFalse(a.getDeficits().containsKey("OLD-99"), "codes outside the columns are not shown");
        assertEquals(10, a.getCells().get(2).getPercent());
        assertEquals(Band.MEDIUM, a.getCells().get(2).getBand());
        assertEquals(Band.EMPTY, b.getCells().get(0).getBand());

        assertNull(map.getTotal().getId());
        assertEquals(30, map.getTotal().getStaff());
        assertEquals(10, map.getTotal().getDiagnosed());
        assertEquals(3L, map.getTotal().getDeficits().get("MET-02"));
        assertEquals(Scope.SCHOOL, map.getChildScope());
        assertEquals(2, map.getAreas().size());
        assertEquals(2, map.getAreas().get(1).getSpan());
    }

    @Test
    void percentIsRoundedHalfUp() {
        Row r = new Row(1L, "Школа", 3, 3, Map.of("SUB-01", 1L, "MET-01", 2L), COLUMNS);
        assertEquals(33, r.getCells().get(0).getPercent());
        assertEquals(67, r.getCells().get(1).getPercent());
        Row half = new Row(1L, "Школа", 8, 8, Map.of("SUB-01", 1L), COLUMNS);
        assertEquals(13, half.getCells().get(0).getPercent(), "12.5 % rounds up");
    }

    @Test
    void scopesParseCaseInsensitivelyAndRefuseOthers() {
        assertEquals(Scope.REGION, Scope.parse(" region "));
        assertNull(Scope.parse("COUNTRY"));
        assertNull(Scope.parse(null));
        assertNull(Scope.REGION.child().child().child());
    }
}
