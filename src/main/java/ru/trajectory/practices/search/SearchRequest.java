package ru.trajectory.practices.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One search. Values within a facet are alternatives (subject = математика OR физика); facets
 * combine with AND. A blank query lists everything the caller may see, which the search page
 * uses for browsing by facets alone.
 *
 * @param callerPersonId whose drafts and reviews are visible besides published practices;
 *     {@code null} for published only
 * @param page zero-based
 * @param sort relevance when null
 */
public record SearchRequest(String query, Map<FacetDimension, Set<String>> filters, Long callerPersonId,
                            int page, int size, SearchSort sort) {

    public static final int MAX_SIZE = 100;

    public SearchRequest {
        query = query == null ? "" : query;
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative: " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be within 1.." + MAX_SIZE + ": " + size);
        }
        EnumMap<FacetDimension, Set<String>> copy = new EnumMap<>(FacetDimension.class);
        if (filters != null) {
            filters.forEach((dimension, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(dimension, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
    }

    public SearchRequest(String query, Map<FacetDimension, Set<String>> filters, Long callerPersonId,
                         int page, int size) {
        this(query, filters, callerPersonId, page, size, SearchSort.RELEVANCE);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, 0, 10);
    }

    /** Adds a value to a facet filter. */
    public SearchRequest filter(FacetDimension dimension, String value) {
        EnumMap<FacetDimension, Set<String>> copy = new EnumMap<>(FacetDimension.class);
        copy.putAll(filters);
        Set<String> values = new LinkedHashSet<>(copy.getOrDefault(dimension, Set.of()));
        values.add(value);
        copy.put(dimension, values);
        return new SearchRequest(query, copy, callerPersonId, page, size, sort);
    }

    public SearchRequest asPerson(Long personId) {
        return new SearchRequest(query, filters, personId, page, size, sort);
    }

    public SearchRequest page(int page, int size) {
        return new SearchRequest(query, filters, callerPersonId, page, size, sort);
    }

    public SearchRequest sortedBy(SearchSort order) {
        return new SearchRequest(query, filters, callerPersonId, page, size, order);
    }
}
