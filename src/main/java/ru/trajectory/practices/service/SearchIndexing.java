package ru.trajectory.practices.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import ru.trajectory.practices.search.PracticeDocument;
import ru.trajectory.practices.search.PracticeIndex;

/**
 * Keeps this server's Lucene index in step with the database by draining the search outbox.
 *
 * <p>Every server has its own index (DESIGN.md 8), so the shared outbox is read with a cursor
 * per server, kept in a file beside the index and written only after the index has committed:
 * a crash between the two makes the next start apply a few changes again, which is harmless
 * because indexing a practice reads its whole current state. Auto-increment ids become visible
 * out of order (a transaction that took its id earlier may commit later), so ids skipped by the
 * cursor are re-checked for {@link #GAP_WAIT} before they are given up as rolled back.
 *
 * <p>The index and the word lists are opened on the first timer tick rather than at deploy,
 * because the word lists come from the web module (the build puts {@code search-index/} under
 * {@code WEB-INF/}, outside the classpath) and the servlet context is only certain to be ready
 * once the application runs. A tick that finds the index empty while the database has
 * practices, or a cursor older than the outbox retention, rebuilds it from the database.
 */
@Singleton
@Startup
@DependsOn("MigrationOnStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexing {

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    static final int BATCH = 200;
    static final Duration GAP_WAIT = Duration.ofMinutes(2);
    private static final int REBUILD_CHUNK = 200;
    private static final String CURSOR_FILE = "outbox.cursor";
    private static final String WORD_LISTS = "/WEB-INF/search-index/";
    private static final List<String> WORD_LIST_FILES = List.of("synonyms.txt", "stopwords.txt");

    @Resource
    TimerService timers;

    @Inject
    ServletContext servletContext;

    @Inject
    SearchOutbox outbox;

    @Inject
    PracticeDocuments documents;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "trajectory.search.index-dir")
    Optional<String> indexDirSetting;

    /** Written into the cursor file: a cursor over another database's outbox means nothing here. */
    @Inject
    @ConfigProperty(name = "db.url")
    String databaseUrl;

    @Inject
    @ConfigProperty(name = "trajectory.search.interval-seconds", defaultValue = "2")
    long intervalSeconds;

    @Inject
    @ConfigProperty(name = "trajectory.search.outbox-retention-hours", defaultValue = "72")
    long retentionHours;

    private volatile PracticeIndex index;
    /** Opened but empty, waiting for its start-up rebuild before it may answer. */
    private volatile PracticeIndex pending;
    private volatile boolean needsRebuild;
    private Path indexDir;
    private long cursor;
    /** Ids below the cursor not seen yet, with when they were first missed. */
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private Instant lastPrune = Instant.EPOCH;

    @PostConstruct
    void schedule() {
        long millis = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("practice-search-outbox", false));
    }

    @PreDestroy
    void close() {
        PracticeIndex open = index != null ? index : pending;
        index = null;
        pending = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Closing the practice search index failed", e);
            }
        }
    }

    /** The open index, or empty while it is still being opened at start-up. */
    public Optional<PracticeIndex> index() {
        return Optional.ofNullable(index);
    }

    /** Rebuild progress for the admin page: done and total, or empty when no rebuild runs. */
    public Optional<long[]> rebuildProgress() {
        return rebuilding.get() ? Optional.of(new long[] {rebuildDone.get(), rebuildTotal.get()}) : Optional.empty();
    }

    @Timeout
    void tick() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            if (index == null && pending == null) {
                open();
            }
            rebuildIfNeeded();
            drain();
            prune();
        } catch (IOException | RuntimeException e) {
            // The database or the disk is away: the cursor did not move, the next tick retries.
            LOG.log(Level.WARNING, "Practice search outbox tick failed", e);
        } finally {
            running.set(false);
        }
    }

    /** Rebuilds the whole index from the database; searches keep using the old one meanwhile. */
    public long rebuild() throws IOException {
        PracticeIndex open = index;
        if (open == null) {
            throw new IllegalStateException("The search index is not open yet");
        }
        return rebuild(open);
    }

    private long rebuild(PracticeIndex target) throws IOException {
        if (!rebuilding.compareAndSet(false, true)) {
            throw new IllegalStateException("A rebuild is already running");
        }
        try {
            // The rebuild reads committed state from now on; changes queued shortly before may still
            // have been uncommitted, so the cursor lands before them and the drain applies them again.
            Instant started = clock.instant();
            List<Long> ids = documents.allIds();
            rebuildTotal.set(ids.size());
            rebuildDone.set(0);
            long written = target.rebuild(chunked(ids), rebuildDone::set);
            long safe = outbox.lastIdBefore(started.minus(GAP_WAIT));
            synchronized (this) {
                cursor = Math.max(cursor, safe);
                saveCursor();
            }
            LOG.info(() -> "Practice search index rebuilt: " + written + " practices");
            return written;
        } finally {
            rebuilding.set(false);
        }
    }

    /**
     * Opens the index and decides whether it must be rebuilt. A non-empty index answers searches
     * at once, even while its rebuild runs (slightly stale beats empty); an empty one is held back
     * until the rebuild has filled it, so that nobody is told the bank has nothing.
     */
    private void open() throws IOException {
        indexDir = Path.of(indexDirSetting.filter(s -> !s.isBlank())
                .orElse(System.getProperty("user.home") + "/.trajectory/search-index/data"));
        Files.createDirectories(indexDir);
        PracticeIndex opened = new PracticeIndex(indexDir, wordLists());
        try {
            Optional<Long> saved = loadCursor();
            Instant cursorTime = cursorTime();
            boolean stale = cursorTime == null
                    || cursorTime.isBefore(clock.instant().minus(Duration.ofHours(retentionHours)));
            boolean empty = opened.count() == 0;
            needsRebuild = empty && documents.count() > 0 || saved.isEmpty() || stale;
            synchronized (this) {
                gaps.clear();
                // Rewind over the gap window: rows that were still uncommitted at the last stop.
                cursor = needsRebuild ? 0 : Math.min(saved.get(), outbox.lastIdBefore(cursorTime.minus(GAP_WAIT)));
            }
            if (empty && needsRebuild) {
                pending = opened;
            } else {
                index = opened;
            }
        } catch (IOException | RuntimeException e) {
            try {
                opened.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        LOG.info(() -> "Practice search index at " + indexDir + " is open" + (needsRebuild ? ", rebuilding" : ""));
    }

    /** The start-up rebuild; a failed one is retried by the next tick. */
    private void rebuildIfNeeded() throws IOException {
        if (!needsRebuild) {
            return;
        }
        PracticeIndex target = index != null ? index : pending;
        rebuild(target);
        needsRebuild = false;
        if (index == null) {
            index = target;
            pending = null;
        }
    }

    /**
     * The word lists' directory. The WAR is exploded by Payara Micro, so the real path normally
     * exists; otherwise the two files are copied out of the WAR next to the index.
     */
    private Path wordLists() throws IOException {
        String real = servletContext.getRealPath(WORD_LISTS);
        if (real != null && Files.isRegularFile(Path.of(real, WORD_LIST_FILES.get(0)))) {
            return Path.of(real);
        }
        Path copy = indexDir.resolveSibling("word-lists");
        Files.createDirectories(copy);
        for (String name : WORD_LIST_FILES) {
            try (InputStream in = servletContext.getResourceAsStream(WORD_LISTS + name)) {
                if (in == null) {
                    throw new IOException("The WAR lacks " + WORD_LISTS + name + " (see pom.xml webResources)");
                }
                Files.copy(in, copy.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return copy;
    }

    private synchronized void drain() throws IOException {
        PracticeIndex open = index;
        if (open == null || rebuilding.get()) {
            return;
        }
        Instant now = clock.instant();
        gaps.values().removeIf(missedAt -> missedAt.isBefore(now.minus(GAP_WAIT)));
        while (true) {
            List<SearchOutbox.Entry> entries = outbox.after(cursor, gaps.keySet(), BATCH);
            if (entries.isEmpty()) {
                return;
            }
            Set<Long> practices = new LinkedHashSet<>();
            entries.forEach(e -> practices.add(e.practiceId()));
            for (Long id : practices) {
                Optional<PracticeDocument> document = documents.load(id);
                if (document.isPresent()) {
                    open.index(document.get());
                } else {
                    open.delete(id);
                }
            }
            long newCursor = cursor;
            for (SearchOutbox.Entry entry : entries) {
                gaps.remove(entry.id());
                if (entry.id() > newCursor) {
                    for (long missing = newCursor + 1; missing < entry.id(); missing++) {
                        gaps.putIfAbsent(missing, now);
                    }
                    newCursor = entry.id();
                }
            }
            cursor = newCursor;
            saveCursor();
            if (entries.size() < BATCH) {
                return;
            }
        }
    }

    private void prune() {
        if (index == null) {
            return;
        }
        Instant now = clock.instant();
        if (lastPrune.isAfter(now.minus(Duration.ofHours(1)))) {
            return;
        }
        lastPrune = now;
        int deleted = outbox.prune(now.minus(Duration.ofHours(retentionHours)));
        if (deleted > 0) {
            LOG.fine(() -> "Pruned " + deleted + " search outbox rows");
        }
        try {
            // Rewritten hourly even when nothing changed: its age tells the next start how long this
            // server was away, and so whether pruned rows may have been missed.
            synchronized (this) {
                saveCursor();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Saving the search outbox cursor failed", e);
        }
    }

    private Stream<PracticeDocument> chunked(List<Long> ids) {
        Iterator<PracticeDocument> iterator = new Iterator<>() {
            private int next;
            private Iterator<PracticeDocument> chunk = List.<PracticeDocument>of().iterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && next < ids.size()) {
                    List<Long> slice = new ArrayList<>(ids.subList(next, Math.min(ids.size(), next + REBUILD_CHUNK)));
                    next += slice.size();
                    chunk = documents.load(slice).iterator();
                }
                return chunk.hasNext();
            }

            @Override
            public PracticeDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return chunk.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    // ---------------------------------------------------------------- cursor file

    /** The saved cursor, if it was saved by an index of this database. */
    private Optional<Long> loadCursor() {
        Path file = indexDir.resolve(CURSOR_FILE);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(1).strip().equals(databaseUrl)) {
                LOG.info("The search index was built from another database: it will be rebuilt");
                return Optional.empty();
            }
            long saved = Long.parseLong(lines.get(0).strip());
            // Beyond the outbox's end: the outbox was emptied or recreated, the index cannot be trusted.
            return saved > outbox.maxId() ? Optional.empty() : Optional.of(saved);
        } catch (IOException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Unreadable search outbox cursor, the index will be rebuilt", e);
            return Optional.empty();
        }
    }

    private Instant cursorTime() {
        try {
            Path file = indexDir.resolve(CURSOR_FILE);
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toInstant() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Written to a temporary file and moved, so a crash never leaves half a number behind. */
    private void saveCursor() throws IOException {
        Path tmp = indexDir.resolve(CURSOR_FILE + ".tmp");
        Files.writeString(tmp, cursor + "\n" + databaseUrl + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, indexDir.resolve(CURSOR_FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, indexDir.resolve(CURSOR_FILE), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
