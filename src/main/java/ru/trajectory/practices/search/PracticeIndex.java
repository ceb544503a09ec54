package ru.trajectory.practices.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;

/**
 * The Lucene index of the practice bank. One writer per index and a {@link SearcherManager}
 * refreshed after every write, so a change is searchable as soon as the call returns; every write
 * is also committed, because the caller (the outbox processor) treats a returned call as done.
 * Thread-safe: writes are serialised, searches run in parallel against the last refreshed view.
 */
public final class PracticeIndex implements AutoCloseable {

    /** Fewer hits than this and the query is retried with typo tolerance. */
    static final int FEW_HITS = 3;
    private static final int FACET_VALUES = 50;
    private static final int PROGRESS_EVERY = 100;

    private static final String ID = "id";
    private static final String STATUS = "status";
    private static final String VISIBLE_TO = "visibleTo";
    private static final String DATED = "dated";
    private static final String APPLICATIONS = "applications";
    private static final Sort NEWEST_FIRST = new Sort(new SortField(DATED, SortField.Type.LONG, true));
    private static final Sort MOST_APPLIED_FIRST = new Sort(
            new SortField(APPLICATIONS, SortField.Type.LONG, true), SortField.FIELD_SCORE,
            new SortField(DATED, SortField.Type.LONG, true));
    private static final String STEM = "_stem";
    private static final String LEMMA = "_lemma";
    private static final String PLAIN = "_plain";

    /** The searchable texts, in the order a snippet prefers them, with their weight in ranking. */
    private enum Source {
        TITLE("title", 4f), SUMMARY("summary", 2f), BODY("body", 1f), ATTACHMENT("attachment", 0.5f);

        final String field;
        final float boost;

        Source(String field, float boost) {
            this.field = field;
            this.boost = boost;
        }
    }

    private static final List<Source> SNIPPET_SOURCES = List.of(Source.SUMMARY, Source.BODY, Source.ATTACHMENT);
    /** Attachments are left out: scanned handouts would make every worksheet look alike. */
    private static final String[] RELATED_FIELDS = {"title" + LEMMA, "summary" + LEMMA, "body" + LEMMA};

    /** Lemma fields keep term vectors so MoreLikeThis reads a practice's terms without re-analysis. */
    private static final FieldType LEMMA_WITH_VECTORS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        LEMMA_WITH_VECTORS.setStoreTermVectors(true);
        LEMMA_WITH_VECTORS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        LEMMA_WITH_VECTORS.freeze();
    }

    private final Directory directory;
    private final SearchAnalyzers analyzers;
    private final Analyzer indexAnalyzer;
    private final FacetsConfig facetsConfig = new FacetsConfig();
    private final Snippets snippets;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile FacetState facetState;

    private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
    }

    /**
     * @param indexDirectory where the index lives ({@code search-index/data} at runtime); created if missing
     * @param wordLists the directory holding {@code synonyms.txt} and {@code stopwords.txt}
     */
    public PracticeIndex(Path indexDirectory, Path wordLists) throws IOException {
        this.analyzers = new SearchAnalyzers(wordLists);
        this.indexAnalyzer = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                if (fieldName.endsWith(STEM)) {
                    return analyzers.stemIndex;
                }
                return fieldName.endsWith(LEMMA) ? analyzers.lemmaIndex : analyzers.plain;
            }
        };
        Map<String, Analyzer> bySuffix = new LinkedHashMap<>();
        bySuffix.put(STEM, analyzers.stemIndex);
        bySuffix.put(LEMMA, analyzers.lemmaIndex);
        bySuffix.put(PLAIN, analyzers.plain);
        this.snippets = new Snippets(bySuffix);
        for (FacetDimension dimension : FacetDimension.values()) {
            facetsConfig.setMultiValued(dimension.key(), dimension.multiValued());
        }
        this.directory = FSDirectory.open(indexDirectory);
        try {
            openWriter();
        } catch (IOException | RuntimeException e) {
            // A half-opened index must not keep the directory or the analysers' resources.
            IOUtils.closeWhileHandlingException(directory, indexAnalyzer);
            analyzers.close();
            throw e;
        }
    }

    /**
     * Opens the writer and the searcher manager as a pair. If the reader cannot be opened (a
     * corrupt segment), the new writer is rolled back: otherwise it would keep the index's write
     * lock, and every later attempt to open or repair the index in this JVM would fail with
     * {@code LockObtainFailedException} until a restart.
     */
    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(indexAnalyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        IndexWriter opened = new IndexWriter(directory, config);
        try {
            searchers = new SearcherManager(opened, null);
        } catch (IOException | RuntimeException e) {
            try {
                opened.rollback();
            } catch (IOException | RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        writer = opened;
    }

    // ---------------------------------------------------------------- writing

    /** Adds the practice or replaces its previous version. */
    public void index(PracticeDocument practice) throws IOException {
        apply(List.of(practice), List.of());
    }

    public void delete(long id) throws IOException {
        apply(List.of(), List.of(id));
    }

    /**
     * Adds or replaces some practices and removes others, all under one commit: a commit and a
     * searcher refresh cost far more than a document, so the outbox applies its batches this way.
     * Searches see all of the changes or none of them.
     */
    public void apply(Collection<PracticeDocument> practices, Collection<Long> removed) throws IOException {
        List<Document> documents = new ArrayList<>(practices.size());
        for (PracticeDocument practice : practices) {
            documents.add(toDocument(practice));
        }
        writeLock.lock();
        try {
            Iterator<PracticeDocument> source = practices.iterator();
            for (Document document : documents) {
                writer.updateDocument(idTerm(source.next().id()), document);
            }
            for (Long id : removed) {
                writer.deleteDocuments(idTerm(id));
            }
            commitAndRefresh();
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Replaces the whole index with the given practices. Searches keep answering from the old
     * index until the new one is committed, because the searcher is only refreshed at the end;
     * single writes wait for the rebuild, so an update newer than the rebuild's snapshot is applied
     * after it instead of being overwritten. On failure the old index is left as it was. Nothing is
     * committed before the end (not even the {@code deleteAll}), so a process killed mid-rebuild
     * restarts with the last committed, old index; the segments written so far are unreferenced
     * and the next writer deletes them.
     *
     * @param progress receives the number of practices written so far, every
     *     {@value #PROGRESS_EVERY} and at the end
     * @return how many practices the new index holds
     */
    public long rebuild(Stream<PracticeDocument> practices, LongConsumer progress) throws IOException {
        writeLock.lock();
        try {
            long written = 0;
            try {
                writer.deleteAll();
                for (Iterator<PracticeDocument> it = practices.iterator(); it.hasNext(); ) {
                    PracticeDocument practice = it.next();
                    writer.updateDocument(idTerm(practice.id()), toDocument(practice));
                    if (++written % PROGRESS_EVERY == 0) {
                        progress.accept(written);
                    }
                }
            } catch (IOException | RuntimeException | Error e) {
                abandonRebuild(e);
                throw e;
            }
            commitAndRefresh();
            progress.accept(written);
            return written;
        } finally {
            writeLock.unlock();
        }
    }

    /** Rolling back closes the writer, so a fresh writer and searcher manager take over. */
    private void abandonRebuild(Throwable cause) {
        SearcherManager old = searchers;
        try {
            writer.rollback();
            openWriter();
            old.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    private void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    private static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    private Document toDocument(PracticeDocument practice) throws IOException {
        Document document = new Document();
        document.add(new StringField(ID, Long.toString(practice.id()), Field.Store.YES));
        document.add(new StringField(STATUS, practice.status(), Field.Store.NO));
        document.add(new NumericDocValuesField(DATED, practice.dated().toEpochMilli()));
        document.add(new NumericDocValuesField(APPLICATIONS, practice.applications()));
        for (Long person : practice.visibleTo()) {
            document.add(new StringField(VISIBLE_TO, person.toString(), Field.Store.NO));
        }
        addText(document, Source.TITLE, practice.title());
        addText(document, Source.SUMMARY, practice.summary());
        addText(document, Source.BODY, practice.body());
        addText(document, Source.ATTACHMENT, practice.attachmentText());
        addFacets(document, FacetDimension.SUBJECT, practice.subjects());
        addFacets(document, FacetDimension.LEVEL, practice.levels());
        addFacets(document, FacetDimension.COMPETENCY, practice.competencyCodes());
        addFacets(document, FacetDimension.TAG, practice.tags());
        addFacets(document, FacetDimension.TARGET_GROUP, practice.targetGroups());
        if (practice.municipality() != null) {
            addFacets(document, FacetDimension.MUNICIPALITY, Set.of(practice.municipality()));
        }
        if (practice.year() != null) {
            addFacets(document, FacetDimension.YEAR, Set.of(practice.year().toString()));
        }
        return facetsConfig.build(document);
    }

    private static void addText(Document document, Source source, String text) {
        document.add(new StoredField(source.field, text));
        document.add(new TextField(source.field + STEM, text, Field.Store.NO));
        document.add(source == Source.ATTACHMENT
                ? new TextField(source.field + LEMMA, text, Field.Store.NO)
                : new Field(source.field + LEMMA, text, LEMMA_WITH_VECTORS));
        document.add(new TextField(source.field + PLAIN, text, Field.Store.NO));
    }

    private static void addFacets(Document document, FacetDimension dimension, Set<String> values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                document.add(new SortedSetDocValuesFacetField(dimension.key(), value.strip()));
            }
        }
    }

    // ---------------------------------------------------------------- reading

    public long count() throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            manager.release(searcher);
        }
    }

    public SearchResult search(SearchRequest request) throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            Query text;
            if (request.query().isBlank()) {
                text = new MatchAllDocsQuery();
            } else {
                text = textQuery(request.query());
                if (text == null) {
                    // Nothing but stop words and punctuation: matching everything would be a lie.
                    return new SearchResult(List.of(), 0, emptyFacets(), false);
                }
            }
            Page page = run(searcher, text, request);
            boolean fuzzy = false;
            if (page.total < FEW_HITS && !request.query().isBlank()) {
                Query tolerant = fuzzyQuery(request.query());
                if (tolerant != null) {
                    Query widened = new BooleanQuery.Builder()
                            .add(text, Occur.SHOULD)
                            .add(tolerant, Occur.SHOULD)
                            .build();
                    Page retry = run(searcher, widened, request);
                    if (retry.total > page.total) {
                        page = retry;
                        text = widened;
                        fuzzy = true;
                    }
                }
            }
            Map<String, Set<String>> matched = request.query().isBlank()
                    ? Map.of() : matchedTerms(searcher.rewrite(text));
            List<SearchResult.Hit> items = new ArrayList<>();
            StoredFields stored = searcher.storedFields();
            ScoreDoc[] docs = page.top.scoreDocs;
            for (int i = request.page() * request.size(); i < docs.length; i++) {
                Document document = stored.document(docs[i].doc);
                Map<String, String> texts = new LinkedHashMap<>();
                for (Source source : SNIPPET_SOURCES) {
                    texts.put(source.field, document.get(source.field));
                }
                items.add(new SearchResult.Hit(Long.parseLong(document.get(ID)), document.get(Source.TITLE.field),
                        snippets.snippet(texts, matched), docs[i].score));
            }
            return new SearchResult(items, page.total, page.facets, fuzzy);
        } finally {
            manager.release(searcher);
        }
    }

    private record Page(TopDocs top, long total, Map<String, List<SearchResult.FacetCount>> facets) {
    }

    private Page run(IndexSearcher searcher, Query text, SearchRequest request) throws IOException {
        DrillDownQuery query = new DrillDownQuery(facetsConfig, visibleOnly(text, request.callerPersonId()));
        request.filters().forEach((dimension, values) -> values.forEach(value -> query.add(dimension.key(), value)));
        int wanted = (request.page() + 1) * request.size();
        Sort order = order(request);
        FacetsCollectorManager.FacetsResult result = order == null
                ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, query, wanted, order, true, new FacetsCollectorManager());
        long total = result.facetsCollector().getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
        return new Page(result.topDocs(), total, facetCounts(searcher, result));
    }

    /** Null for relevance; a blank query has no relevance, so it lists the newest first. */
    private static Sort order(SearchRequest request) {
        return switch (request.sort()) {
            case RELEVANCE -> request.query().isBlank() ? NEWEST_FIRST : null;
            case DATE -> NEWEST_FIRST;
            case APPLICATIONS -> MOST_APPLIED_FIRST;
        };
    }

    private Map<String, List<SearchResult.FacetCount>> facetCounts(
            IndexSearcher searcher, FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<String, List<SearchResult.FacetCount>> counts = emptyFacets();
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
        for (FacetResult dimension : facets.getAllDims(FACET_VALUES)) {
            List<SearchResult.FacetCount> values = new ArrayList<>();
            for (LabelAndValue label : dimension.labelValues) {
                values.add(new SearchResult.FacetCount(label.label, label.value.longValue()));
            }
            counts.put(dimension.dim, values);
        }
        return counts;
    }

    private static Map<String, List<SearchResult.FacetCount>> emptyFacets() {
        Map<String, List<SearchResult.FacetCount>> counts = new LinkedHashMap<>();
        for (FacetDimension dimension : FacetDimension.values()) {
            counts.put(dimension.key(), List.of());
        }
        return counts;
    }

    /** The ordinal map costs a pass over the facet values, so it is kept until the reader changes. */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        FacetState cached = facetState;
        if (cached != null && cached.reader == reader) {
            return cached.state;
        }
        String field = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;
        SortedSetDocValuesReaderState state = FieldInfos.getMergedFieldInfos(reader).fieldInfo(field) == null
                ? null : new DefaultSortedSetDocValuesReaderState(reader, facetsConfig);
        facetState = new FacetState(reader, state);
        return state;
    }

    private static Query visibleOnly(Query query, Long callerPersonId) {
        BooleanQuery.Builder visible = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(STATUS, PracticeDocument.PUBLISHED)), Occur.SHOULD);
        if (callerPersonId != null) {
            visible.add(new TermQuery(new Term(VISIBLE_TO, callerPersonId.toString())), Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(visible.build(), Occur.FILTER)
                .build();
    }

    /**
     * Every source text, by stem and by lemma, weighted by source. Words combine with OR so a
     * long query still finds practices that use only some of its words; ranking puts practices
     * with more of them first. Returns null when the query has no searchable words.
     */
    private Query textQuery(String text) {
        QueryBuilder stems = new QueryBuilder(analyzers.stemQuery);
        QueryBuilder lemmas = new QueryBuilder(analyzers.lemmaQuery);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (Source source : Source.values()) {
            for (Query field : new Query[] {
                    stems.createBooleanQuery(source.field + STEM, text, Occur.SHOULD),
                    lemmas.createBooleanQuery(source.field + LEMMA, text, Occur.SHOULD)}) {
                if (field != null) {
                    query.add(new BoostQuery(field, source.boost), Occur.SHOULD);
                    any = true;
                }
            }
        }
        return any ? query.build() : null;
    }

    /**
     * The query's words as typed, each allowed one edit from five letters and two from eight,
     * against the plain-word fields: a stem or lemma of a misspelt word is too far from the
     * right one («формируюшее» stems to «формируюш», the right word to «формир»).
     */
    private Query fuzzyQuery(String text) throws IOException {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        for (String word : words(analyzers.plain, text)) {
            int edits = word.length() >= 8 ? 2 : word.length() >= 5 ? 1 : 0;
            if (edits == 0) {
                continue;
            }
            for (Source source : Source.values()) {
                Query fuzzy = new FuzzyQuery(new Term(source.field + PLAIN, word), edits, 1);
                query.add(new BoostQuery(fuzzy, source.boost), Occur.SHOULD);
                any = true;
            }
        }
        return any ? query.build() : null;
    }

    private static List<String> words(Analyzer analyzer, String text) throws IOException {
        List<String> words = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(term.toString());
            }
            stream.end();
        }
        return words;
    }

    /** Terms per field of a rewritten query: fuzzy queries have become the terms they matched. */
    private static Map<String, Set<String>> matchedTerms(Query rewritten) {
        Map<String, Set<String>> terms = new HashMap<>();
        rewritten.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query query, Term... matched) {
                for (Term term : matched) {
                    terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.text());
                }
            }

            @Override
            public QueryVisitor getSubVisitor(Occur occur, Query parent) {
                return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return terms;
    }

    /**
     * Titles containing a word that starts with the last word typed (and the earlier words in
     * full). A prefix query over the plain title words rather than an AnalyzingInfixSuggester:
     * it needs no second index to keep in step through updates, deletes and rebuilds, and it
     * applies the same visibility filter as search; titles are short and few enough for a
     * prefix expansion to stay cheap.
     */
    public List<Suggestion> suggest(String prefix, int limit) throws IOException {
        return suggest(prefix, limit, null);
    }

    public List<Suggestion> suggest(String prefix, int limit, Long callerPersonId) throws IOException {
        List<String> words = prefix == null ? List.of() : words(analyzers.plain, prefix);
        if (words.isEmpty() || limit < 1) {
            return List.of();
        }
        String field = Source.TITLE.field + PLAIN;
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (int i = 0; i < words.size() - 1; i++) {
            query.add(new TermQuery(new Term(field, words.get(i))), Occur.MUST);
        }
        query.add(new PrefixQuery(new Term(field, words.get(words.size() - 1))), Occur.MUST);
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs top = searcher.search(visibleOnly(query.build(), callerPersonId), limit);
            StoredFields stored = searcher.storedFields();
            List<Suggestion> suggestions = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document document = stored.document(hit.doc);
                suggestions.add(new Suggestion(Long.parseLong(document.get(ID)), document.get(Source.TITLE.field)));
            }
            return suggestions;
        } finally {
            manager.release(searcher);
        }
    }

    /** «Похожие практики»: MoreLikeThis over the lemma fields, never the practice itself. */
    public List<SearchResult.Hit> related(long id, int limit) throws IOException {
        return related(id, limit, null);
    }

    public List<SearchResult.Hit> related(long id, int limit, Long callerPersonId) throws IOException {
        SearcherManager manager = searchers;
        IndexSearcher searcher = manager.acquire();
        try {
            TopDocs self = searcher.search(new TermQuery(idTerm(id)), 1);
            if (self.scoreDocs.length == 0 || limit < 1) {
                return List.of();
            }
            MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
            like.setFieldNames(RELATED_FIELDS);
            like.setAnalyzer(analyzers.lemmaIndex);
            like.setMinTermFreq(1);
            // A term only this practice uses says nothing about which other practice is similar.
            like.setMinDocFreq(2);
            like.setMinWordLen(3);
            like.setMaxQueryTerms(30);
            like.setBoost(true);
            Query similar = like.like(self.scoreDocs[0].doc);
            Query query = new BooleanQuery.Builder()
                    .add(visibleOnly(similar, callerPersonId), Occur.MUST)
                    .add(new TermQuery(idTerm(id)), Occur.MUST_NOT)
                    .build();
            TopDocs top = searcher.search(query, limit);
            StoredFields stored = searcher.storedFields();
            List<SearchResult.Hit> hits = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                Document document = stored.document(hit.doc);
                hits.add(new SearchResult.Hit(Long.parseLong(document.get(ID)), document.get(Source.TITLE.field),
                        Snippets.plain(document.get(Source.SUMMARY.field)), hit.score));
            }
            return hits;
        } finally {
            manager.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        writeLock.lock();
        try {
            // Each is closed even if one before it fails (a writer whose disk went away cannot commit
            // on close), so that the directory is released and the index can be opened again.
            IOUtils.close(searchers, writer, directory);
        } finally {
            writeLock.unlock();
            analyzers.close();
            indexAnalyzer.close();
        }
    }
}
