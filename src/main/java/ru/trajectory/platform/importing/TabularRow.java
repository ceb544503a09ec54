package ru.trajectory.platform.importing;

import java.util.Locale;
import java.util.Map;

/** One data row of an import file, numbered as the person sees it in their editor (header = 1). */
public record TabularRow(int number, Map<String, String> values) {

    /** The trimmed value of a column, or null when the column is absent or the cell empty. */
    public String get(String column) {
        String v = values.get(column.toLowerCase(Locale.ROOT));
        return v == null || v.isEmpty() ? null : v;
    }
}
