package ru.trajectory.practices.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import ru.trajectory.practices.search.FacetDimension;
import ru.trajectory.practices.search.PracticeIndex;
import ru.trajectory.practices.search.SearchRequest;
import ru.trajectory.practices.search.SearchResult;
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

    @Inject
    SearchIndexing indexing;

    @Inject
    PracticeAccess access;

    public SearchResult search(String query, Map<FacetDimension, Set<String>> filters, int page, int size) {
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
        SearchRequest request = new SearchRequest(q, filters, access.caller().personId(), page, size);
        try {
            return index().search(request);
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
