package ru.trajectory.practices.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with facet counts over all matching practices.
 *
 * @param facets by {@link FacetDimension#key()}, every dimension present (possibly empty),
 *     values by descending count
 * @param fuzzy the query found too little as typed and these hits come from a retry that
 *     tolerates typos; the page says «показаны результаты с учётом опечаток»
 */
public record SearchResult(List<Hit> items, long total, Map<String, List<FacetCount>> facets, boolean fuzzy) {

    public SearchResult {
        items = List.copyOf(items);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    /**
     * @param snippet HTML: matched words wrapped in {@code <mark>}, everything else escaped,
     *     so it can be inserted into a page as is
     */
    public record Hit(long id, String title, String snippet, float score) {
    }

    public record FacetCount(String value, long count) {
    }

    public List<Long> ids() {
        return items.stream().map(Hit::id).toList();
    }
}
