package ru.trajectory.practices.web;

import java.util.List;
import java.util.Map;

import jakarta.faces.model.SelectItem;

/**
 * Subjects as select items of the practice form, by name; competencies come from
 * {@link ru.trajectory.diagnostics.web.CompetencyOptions} as on every other form.
 */
final class AuthoringOptions {

    private AuthoringOptions() {
    }

    static List<SelectItem> subjects(Map<String, String> names) {
        return names.entrySet().stream().sorted(Map.Entry.comparingByValue())
                .map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }
}
