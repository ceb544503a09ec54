package ru.trajectory.practices.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.TargetGroup;
import ru.trajectory.practices.search.FacetDimension;
import ru.trajectory.practices.search.PracticeIndex;
import ru.trajectory.practices.search.SearchRequest;
import ru.trajectory.practices.search.SearchResult;
import ru.trajectory.practices.search.Suggestion;
import ru.trajectory.practices.search.SearchSort;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Search and «похожие практики» over this server's index, as the caller may see them:
 * published practices, plus those the caller wrote or reviewed. Query text never reaches a
 * query parser (the index analyses it as words), so Lucene syntax in it is just text.
 */
@ApplicationScoped
public class PracticeSearch {

    /** Longer input is not a search query; refusing it keeps one request from costing seconds. */
    static final int QUERY_MAX = 500;
    static final int RELATED_MAX = 20;
    static final int SUGGEST_MAX = 20;

    @Inject
    SearchIndexing indexing;

    @Inject
    PracticeAccess access;

    public SearchResult search(String query, Map<FacetDimension, Set<String>> filters, int page, int size) {
        return search(query, filters, SearchSort.RELEVANCE, page, size);
    }

    public SearchResult search(String query, Map<FacetDimension, Set<String>> filters, SearchSort sort,
                               int page, int size) {
        if (!access.caller().isSignedIn()) {
            throw new AccessDeniedException("Войдите в портал");
        }
        String q = query == null ? "" : query.strip();
        if (q.length() > QUERY_MAX) {
            throw ValidationFailure.of("q", "Запрос длиннее " + QUERY_MAX + " символов; сократите его");
        }
        if (size < 1 || size > SearchRequest.MAX_SIZE) {
            throw ValidationFailure.of("size", "Размер страницы — от 1 до " + SearchRequest.MAX_SIZE);
        }
        if (page < 0 || (long) page * size > 10_000) {
            throw ValidationFailure.of("page", "Такой страницы нет; уточните запрос");
        }
        checkClosedFacets(filters);
        SearchRequest request = new SearchRequest(q, filters, access.caller().personId(), page, size, sort);
        try {
            return index().search(request);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Levels, target groups and years have a fixed form, so a value outside it is a mistake worth
     * naming; open facets (subject, tag, competency, municipality) simply find nothing for a value
     * no practice carries, with their counts showing what there is.
     */
    private static void checkClosedFacets(Map<FacetDimension, Set<String>> filters) {
        if (filters == null) {
            return;
        }
        Set<String> levels = Arrays.stream(EducationLevel.values()).map(Enum::name).collect(Collectors.toSet());
        Set<String> groups = Arrays.stream(TargetGroup.values()).map(Enum::name).collect(Collectors.toSet());
        for (String level : filters.getOrDefault(FacetDimension.LEVEL, Set.of())) {
            if (!levels.contains(level)) {
                throw ValidationFailure.of("level", "Уровня образования «" + level + "» нет; возможны NOO, OOO, SOO");
            }
        }
        for (String group : filters.getOrDefault(FacetDimension.TARGET_GROUP, Set.of())) {
            if (!groups.contains(group)) {
                throw ValidationFailure.of("targetGroup", "Целевой группы «" + group + "» нет; возможны "
                        + String.join(", ", groups.stream().sorted().toList()));
            }
        }
        for (String year : filters.getOrDefault(FacetDimension.YEAR, Set.of())) {
            if (!year.matches("(19|20)\\d\\d")) {
                throw ValidationFailure.of("year", "Год указывается четырьмя цифрами, а не «" + year + "»");
            }
        }
    }

    /**
     * Titles for «подсказки при вводе»: titles with a word starting with the last word typed, as
     * the caller may see them (published, plus their own drafts and reviews) and with the search's
     * input limit. Blank input suggests nothing; an index still being built suggests nothing too,
     * rather than failing each keystroke.
     *
     * @param limit 1..{@value #SUGGEST_MAX}
     */
    public List<Suggestion> suggest(String prefix, int limit) {
        if (!access.caller().isSignedIn()) {
            throw new AccessDeniedException("Войдите в портал");
        }
        String q = prefix == null ? "" : prefix.strip();
        if (q.length() > QUERY_MAX) {
            throw ValidationFailure.of("q", "Запрос длиннее " + QUERY_MAX + " символов; сократите его");
        }
        if (limit < 1 || limit > SUGGEST_MAX) {
            throw ValidationFailure.of("size", "Число подсказок — от 1 до " + SUGGEST_MAX);
        }
        PracticeIndex index = q.isEmpty() ? null : indexing.index().orElse(null);
        if (index == null) {
            return List.of();
        }
        try {
            return index.suggest(q, limit, access.caller().personId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Practices like the given one, which the caller must be able to see. */
    @Transactional
    public List<SearchResult.Hit> related(long id, int limit) {
        access.visible(id);
        try {
            return index().related(id, Math.max(1, Math.min(limit, RELATED_MAX)), access.caller().personId());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PracticeIndex index() {
        return indexing.index().orElseThrow(
                () -> new ConflictException("Поиск по банку практик ещё готовится; повторите через минуту"));
    }
}
