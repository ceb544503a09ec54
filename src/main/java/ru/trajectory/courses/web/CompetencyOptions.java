package ru.trajectory.courses.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;

import ru.trajectory.diagnostics.service.CompetencyNames;

/** The competency framework as select options grouped by area, in the framework's order. */
final class CompetencyOptions {

    private CompetencyOptions() {
    }

    static List<SelectItem> grouped(CompetencyNames names) {
        Map<String, List<Map.Entry<String, CompetencyNames.Name>>> byArea = new TreeMap<>();
        names.all().entrySet().stream()
                .sorted(Comparator.comparingInt(e -> e.getValue().getOrder()))
                .forEach(e -> byArea.computeIfAbsent(e.getValue().getArea(), k -> new ArrayList<>()).add(e));
        List<SelectItem> options = new ArrayList<>();
        byArea.forEach((area, items) -> {
            SelectItemGroup group = new SelectItemGroup(area);
            group.setSelectItems(items.stream()
                    .map(e -> new SelectItem(e.getKey(), e.getKey() + " — " + e.getValue().getName()))
                    .toArray(SelectItem[]::new));
            options.add(group);
        });
        return options;
    }
}
