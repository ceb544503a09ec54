package ru.trajectory.organizations.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;

import ru.trajectory.organizations.entity.ProgramYear;
import ru.trajectory.organizations.entity.Region;
import ru.trajectory.organizations.service.SchoolPages;
import ru.trajectory.organizations.service.Territory;
import ru.trajectory.organizations.service.TerritoryRow;

/**
 * Region → municipalities → schools with counts for a chosen program year. Schools are
 * read only when their municipality is opened: a region has hundreds of them.
 */
@Named
@ViewScoped
public class TerritoryTree implements Serializable {

    private static final long serialVersionUID = 1L;

    /** More regions than fit a screen (the country scale): they start closed. */
    private static final int EXPAND_UP_TO = 3;
    private static final int MAX_REGIONS = 200;

    @Inject
    Territory territory;

    @Inject
    SchoolPages schoolPages;

    private int year;
    private int currentYear;
    private TreeNode<TerritoryRow> root;
    /** Municipality rows per region, read with the region's totals and handed out on expand. */
    private final Map<Long, List<TerritoryRow>> municipalities = new HashMap<>();

    public void load() {
        currentYear = schoolPages.currentProgramYear();
        if (year == 0) {
            year = currentYear;
        }
        build();
    }

    /** The program year changed: counts and flags are read again for it. */
    public void rebuild() {
        build();
    }

    private void build() {
        municipalities.clear();
        TerritoryRow top = new TerritoryRow(TerritoryRow.Level.REGION, 0, "", 0, 0, 0, 0, 0, null);
        root = new LazyDefaultTreeNode<>(top, this::children, row -> row.getLevel() == TerritoryRow.Level.SCHOOL);
        List<TreeNode<TerritoryRow>> regions = root.getChildren();
        if (regions.size() <= EXPAND_UP_TO) {
            regions.forEach(node -> node.setExpanded(true));
        }
    }

    private List<TerritoryRow> children(TerritoryRow parent) {
        if (parent.getId() == 0) {
            return territory.regions(0, MAX_REGIONS).stream().map(this::regionRow).toList();
        }
        return switch (parent.getLevel()) {
            case REGION -> municipalities.getOrDefault(parent.getId(), List.of());
            case MUNICIPALITY -> territory.municipalitySchools(parent.getId(), year);
            case SCHOOL -> List.of();
        };
    }

    private TerritoryRow regionRow(Region region) {
        List<TerritoryRow> rows = territory.regionTree(region.getId(), year);
        municipalities.put(region.getId(), List.copyOf(rows.subList(1, rows.size())));
        return rows.get(0);
    }

    public TreeNode<TerritoryRow> getRoot() {
        return root;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year < ProgramYear.MIN || year > ProgramYear.MAX ? currentYear : year;
    }

    /** The previous, current and next program years. */
    public List<Integer> getYears() {
        return List.of(currentYear - 1, currentYear, currentYear + 1);
    }

    public String label(int programYear) {
        return ProgramYear.label(programYear);
    }
}
