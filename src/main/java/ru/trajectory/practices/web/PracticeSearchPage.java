package ru.trajectory.practices.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.practices.search.FacetDimension;
import ru.trajectory.practices.search.SearchResult;
import ru.trajectory.practices.search.SearchSort;
import ru.trajectory.practices.search.Suggestion;
import ru.trajectory.practices.service.PracticeSearch;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.web.PageMessages;

/**
 * «Банк практик»: one box with suggestions as you type, facets with counts on the side that
 * narrow the hits when ticked, highlighted snippets, three orders and paging. The query and a
 * competency can come in the address ({@code ?q=&competency=}), so a route's step or a link in a
 * letter opens the search already narrowed.
 */
@Named
@ViewScoped
public class PracticeSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int PAGE_SIZE = 10;
    private static final int SUGGESTIONS = 8;

    /** A facet value as the side panel shows it: ticked or not, and how many hits it would keep. */
    public record FacetValue(String value, long count, boolean selected) implements Serializable {
    }

    /** One facet's heading key and values; the panel hides facets with nothing to choose. */
    public record FacetGroup(String key, List<FacetValue> values) implements Serializable {
    }

    @Inject
    PracticeSearch search;

    private String query;
    private String competency;
    private SearchSort sort = SearchSort.RELEVANCE;
    private int page;
    private final Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
    private SearchResult result;

    public void load() {
        if (competency != null && !competency.isBlank()) {
            filters.put(FacetDimension.COMPETENCY, new LinkedHashSet<>(Set.of(competency.strip())));
        }
        run();
    }

    /** A new query or order starts from the first page. */
    public void find() {
        page = 0;
        run();
    }

    public void toggle(String key, String value) {
        FacetDimension dimension = dimension(key);
        Set<String> values = filters.computeIfAbsent(dimension, d -> new LinkedHashSet<>());
        if (!values.remove(value)) {
            values.add(value);
        }
        if (values.isEmpty()) {
            filters.remove(dimension);
        }
        find();
    }

    public void clearFilters() {
        filters.clear();
        find();
    }

    public void next() {
        if (hasNext()) {
            page++;
            run();
        }
    }

    public void previous() {
        if (page > 0) {
            page--;
            run();
        }
    }

    /** Titles of visible practices completing what is typed; choosing one searches for it. */
    public List<String> suggest(String typed) {
        try {
            return search.suggest(typed, SUGGESTIONS).stream().map(Suggestion::title).distinct().toList();
        } catch (ValidationFailure | ConflictException e) {
            // A suggestion list is a convenience; the search itself reports what is wrong.
            return List.of();
        }
    }

    private void run() {
        try {
            result = search.search(query, filters, sort, page, PAGE_SIZE);
        } catch (ValidationFailure | ConflictException e) {
            result = null;
            PageMessages.error(e);
        }
    }

    private static FacetDimension dimension(String key) {
        for (FacetDimension dimension : FacetDimension.values()) {
            if (dimension.key().equals(key)) {
                return dimension;
            }
        }
        throw new IllegalArgumentException("No facet " + key);
    }

    /** Facets in a fixed order; a ticked value stays listed even when no hit has it any more. */
    public List<FacetGroup> getFacets() {
        List<FacetGroup> groups = new ArrayList<>();
        if (result == null) {
            return groups;
        }
        for (FacetDimension dimension : FacetDimension.values()) {
            Set<String> selected = filters.getOrDefault(dimension, Set.of());
            List<FacetValue> values = new ArrayList<>();
            Set<String> listed = new LinkedHashSet<>();
            for (SearchResult.FacetCount count : result.facets().getOrDefault(dimension.key(), List.of())) {
                values.add(new FacetValue(count.value(), count.count(), selected.contains(count.value())));
                listed.add(count.value());
            }
            selected.stream().filter(v -> !listed.contains(v)).forEach(v -> values.add(new FacetValue(v, 0, true)));
            if (!values.isEmpty()) {
                groups.add(new FacetGroup(dimension.key(), values));
            }
        }
        return groups;
    }

    public boolean isFiltered() {
        return !filters.isEmpty();
    }

    public SearchResult getResult() {
        return result;
    }

    public boolean hasNext() {
        return result != null && (long) (page + 1) * PAGE_SIZE < result.total();
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    /** One-based, for the page. */
    public int getPageNumber() {
        return page + 1;
    }

    public long getPageCount() {
        return result == null ? 0 : Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public SearchSort[] getSorts() {
        return SearchSort.values();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public String getCompetency() {
        return competency;
    }

    public void setCompetency(String competency) {
        this.competency = competency;
    }

    public SearchSort getSort() {
        return sort;
    }

    public void setSort(SearchSort sort) {
        this.sort = sort == null ? SearchSort.RELEVANCE : sort;
    }
}
