package ru.trajectory.practices.service;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.apache.lucene.search.IndexSearcher;

import ru.trajectory.practices.search.PracticeIndex;
import ru.trajectory.practices.search.SearchRequest;
import ru.trajectory.practices.search.SearchResult;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The best published practices for a competency, as a source of route steps («given a
 * competency, the module returns the best practices for it — routes will call this»). First
 * the practices their authors tagged with the competency's code, best reviewed and most applied
 * first; then practices whose text matches the competency's name and description through the
 * search index, so that practices written before anyone tagged them are offered too. Only
 * published practices, whoever asks, because a route step must be open to its owner.
 *
 * <p>There is no interface yet: the routes issue defines the plug-in interface of its
 * suggestion sources, and this class will implement it then. Until then routes call
 * {@link #forCompetency} directly and the API offers {@link #forCompetencyCode}.
 */
@ApplicationScoped
public class PracticeSuggestions {

    private static final Logger LOG = Logger.getLogger(PracticeSuggestions.class.getName());

    static final int LIMIT_MAX = 50;
    /**
     * Words of the competency's text sent to the index. Each word becomes a clause per searched
     * field and analyzer; a whole description would pass Lucene's clause limit and rank by noise.
     */
    static final int QUERY_WORDS = 40;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,32}");

    @PersistenceContext
    EntityManager em;

    @Inject
    SearchIndexing indexing;

    @Inject
    PracticeAccess access;

    /**
     * Up to {@code limit} (1..{@value #LIMIT_MAX}) published practices for the competency, tagged
     * ones first, without duplicates. Works without the index (tagged ones only) while it is
     * being built, since a route page should not fail for want of extra suggestions.
     *
     * @param competencyCode the stable code practices are tagged with; may be null
     * @param name the competency's name, searched in the practices' texts; may be null
     * @param description the competency's description, searched likewise; may be null
     */
    @Transactional
    public List<SuggestedPractice> forCompetency(String competencyCode, String name, String description, int limit) {
        int wanted = Math.max(1, Math.min(limit, LIMIT_MAX));
        String code = competencyCode == null ? "" : competencyCode.strip();
        Map<Long, SuggestedPractice> found = new LinkedHashMap<>();
        if (!code.isEmpty()) {
            tagged(code, wanted, name).forEach(p -> found.put(p.id(), p));
        }
        String text = queryText(name, description);
        if (found.size() < wanted && !text.isEmpty()) {
            for (SuggestedPractice p : matching(text, wanted + found.size(), name)) {
                if (found.size() >= wanted) {
                    break;
                }
                found.putIfAbsent(p.id(), p);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * {@code GET /practices/suggestions?competency=}: the competency's name and description are
     * taken from the newest framework version that has the code. An unknown code is no error: a
     * practice may be tagged with a code of a framework not loaded here.
     */
    @Transactional
    public List<SuggestedPractice> forCompetencyCode(String competencyCode, int limit) {
        if (!access.caller().isSignedIn()) {
            throw new AccessDeniedException("Войдите в портал");
        }
        String code = competencyCode == null ? "" : competencyCode.strip();
        if (!CODE.matcher(code).matches()) {
            throw ValidationFailure.of("competency", "Укажите код компетенции: латинские буквы, цифры, точка, "
                    + "дефис или подчёркивание, до 32 символов");
        }
        if (limit < 1 || limit > LIMIT_MAX) {
            throw ValidationFailure.of("size", "Число практик — от 1 до " + LIMIT_MAX);
        }
        List<Object[]> competency = em.createQuery("SELECT c.name, c.description FROM Competency c "
                        + "WHERE c.code = :code ORDER BY c.framework.version DESC", Object[].class)
                .setParameter("code", code).setMaxResults(1).getResultList();
        String name = competency.isEmpty() ? null : (String) competency.get(0)[0];
        String description = competency.isEmpty() ? null : (String) competency.get(0)[1];
        return forCompetency(code, name, description, limit);
    }

    /** Tagged with the code: best reviewed first (unscored last), then most applied, then newest. */
    private List<SuggestedPractice> tagged(String code, int limit, String name) {
        String reason = "Отмечена компетенцией " + (name == null || name.isBlank() ? code : "«" + name.strip() + "»");
        List<?> rows = em.createNativeQuery("SELECT p.id, p.title, p.summary, p.review_score, COUNT(a.id) AS apps "
                        + "FROM practice p JOIN practice_competency c ON c.practice_id = p.id "
                        + "LEFT JOIN practice_application a ON a.practice_id = p.id "
                        + "WHERE c.competency_code = ? AND p.status = 'PUBLISHED' "
                        + "GROUP BY p.id, p.title, p.summary, p.review_score, p.published_at "
                        + "ORDER BY p.review_score IS NULL, p.review_score DESC, apps DESC, p.published_at DESC, p.id DESC "
                        + "LIMIT ?")
                .setParameter(1, code).setParameter(2, limit).getResultList();
        List<SuggestedPractice> practices = new ArrayList<>(rows.size());
        for (Object row : rows) {
            practices.add(suggested((Object[]) row, reason));
        }
        return practices;
    }

    /**
     * Published practices whose texts match, in the index's order of relevance. The index may lag
     * the database by a moment, so what it returns is re-read from the database, which also
     * drops a practice unpublished since.
     */
    private List<SuggestedPractice> matching(String text, int limit, String name) {
        Optional<PracticeIndex> index = indexing.index();
        if (index.isEmpty()) {
            return List.of();
        }
        List<Long> ids;
        try {
            ids = index.get().search(new SearchRequest(text, Map.of(), null, 0,
                    Math.min(limit, SearchRequest.MAX_SIZE))).ids();
        } catch (IOException | IndexSearcher.TooManyClauses e) {
            LOG.log(Level.WARNING, "Full-text suggestions skipped", e);
            return List.of();
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        String reason = name == null || name.isBlank() ? "Описание практики перекликается с описанием компетенции"
                : "Описание практики перекликается с компетенцией «" + name.strip() + "»";
        // Ids come from the index as longs, never from the request, so joining them into the SQL is safe.
        List<?> rows = em.createNativeQuery("SELECT p.id, p.title, p.summary, p.review_score, "
                        + "(SELECT COUNT(*) FROM practice_application a WHERE a.practice_id = p.id) "
                        + "FROM practice p WHERE p.status = 'PUBLISHED' AND p.id IN ("
                        + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")")
                .getResultList();
        Map<Long, SuggestedPractice> byId = new HashMap<>();
        for (Object row : rows) {
            SuggestedPractice p = suggested((Object[]) row, reason);
            byId.put(p.id(), p);
        }
        return ids.stream().map(byId::get).filter(p -> p != null).toList();
    }

    /** The first words of the name and description, as one query. */
    static String queryText(String name, String description) {
        String text = ((name == null ? "" : name) + " " + (description == null ? "" : description)).strip();
        if (text.isEmpty()) {
            return "";
        }
        return Arrays.stream(text.split("\\s+")).limit(QUERY_WORDS).collect(Collectors.joining(" "));
    }

    private static SuggestedPractice suggested(Object[] row, String reason) {
        BigDecimal score = row[3] == null ? null
                : row[3] instanceof BigDecimal b ? b : new BigDecimal(row[3].toString());
        return new SuggestedPractice(((Number) row[0]).longValue(), (String) row[1], (String) row[2], score,
                ((Number) row[4]).longValue(), reason);
    }
}
