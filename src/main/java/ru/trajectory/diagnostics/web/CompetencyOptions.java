package ru.trajectory.diagnostics.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;

import ru.trajectory.diagnostics.service.CompetencyNames;

/**
 * The competency framework as select options grouped by area, in the framework's order: the one
 * way every form (courses, events, practices) offers competencies.
 */
public final class CompetencyOptions {

    private CompetencyOptions() {
    }

    public static List<SelectItem> grouped(CompetencyNames names) {
        return grouped(names, Set.of());
    }

    /**
     * @param chosen codes the edited thing has already; one the framework does not know (written
     *     through the API, say) is offered under its code, so that the form still accepts it
     */
    public static List<SelectItem> grouped(CompetencyNames names, Collection<String> chosen) {
        Map<String, CompetencyNames.Name> all = names.all();
        Map<String, List<Map.Entry<String, CompetencyNames.Name>>> byArea = new TreeMap<>();
        all.entrySet().stream()
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
        chosen.stream().filter(code -> !all.containsKey(code)).sorted()
                .forEach(code -> options.add(new SelectItem(code, code)));
        return options;
    }
}
