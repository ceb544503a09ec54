package ru.trajectory.practices.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
import java.util.OptionalInt;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
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
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.store.AlreadyClosedException;
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
 * once the application runs. An index found empty while the database has practices, without a
 * usable cursor, with a cursor older than the outbox retention, or unreadable, is rebuilt from
 * the database.
 *
 * <p>Rebuilds run in the background on the managed executor, never on a timer or request
 * thread, and report their progress through {@link #state()}. While one runs the outbox is not
 * drained (the rebuild holds the index's write lock anyway); the cursor it leaves behind makes
 * the drain re-apply whatever changed while it read the database. The operations an
 * administrator needs ({@link SearchIndexAdmin} checks the role) are here too: pausing the drain,
 * draining a single batch, and {@link #reopen() reopening} the index from disk exactly as a
 * restart would.
 *
 * <p>Business methods never throw unchecked exceptions for expected refusals (the container
 * would wrap them into {@code EJBException}); they answer {@code false} or empty instead.
 */
@Singleton
@Startup
@DependsOn("MigrationOnStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchIndexing {

    /**
     * What this server's indexing is doing; the database side is added by {@link SearchIndexAdmin}.
     *
     * @param searchable whether searches are answered (false until a first rebuild has filled an empty index)
     * @param documents practices in the answering index
     * @param cursor the last outbox id applied in order
     * @param lastDrain when the outbox was last read to its end (or one batch of it), null before
     * @param rebuildDone practices handed to the running or last rebuild
     * @param rebuildTotal practices the running or last rebuild reads
     * @param rebuildError why the last rebuild failed, null when it did not
     * @param lastError why the last timer tick failed, null when it did not
     */
    public record State(boolean searchable, long documents, long cursor, Instant lastDrain, boolean suspended,
                        boolean rebuilding, long rebuildDone, long rebuildTotal, Instant rebuildStartedAt,
                        Instant rebuildFinishedAt, String rebuildError, String lastError) {
    }

    private static final Logger LOG = Logger.getLogger(SearchIndexing.class.getName());

    static final Duration GAP_WAIT = Duration.ofMinutes(2);
    /**
     * The most ids tracked as possibly uncommitted below one outbox row: far more than concurrent
     * transactions can hold, and a bound on memory and on the {@code IN} list should the cursor
     * ever lie far behind a fresh row.
     */
    static final int MAX_GAP_RUN = 10_000;
    /** Prune calls per hour; each deletes at most a small chunk (see {@link SearchOutbox#prune}). */
    private static final int MAX_PRUNE_ROUNDS = 100;
    private static final String WORD_LISTS = "/WEB-INF/search-index/";
    private static final List<String> WORD_LIST_FILES = List.of("synonyms.txt", "stopwords.txt");

    @Resource
    TimerService timers;

    /** The server's default executor: rebuilds must outlive no request and block no timer. */
    @Resource
    ManagedExecutorService executor;

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

    /** Outbox rows read, applied and acknowledged (cursor saved) at a time. */
    @Inject
    @ConfigProperty(name = "trajectory.search.batch", defaultValue = "200")
    int batchSize;

    /** Practices a rebuild reads from the database in one short transaction. */
    @Inject
    @ConfigProperty(name = "trajectory.search.rebuild-chunk", defaultValue = "200")
    int rebuildChunk;

    /** A pause between a rebuild's chunks, to leave the database and the CPU to users of a busy server. */
    @Inject
    @ConfigProperty(name = "trajectory.search.rebuild-pause-millis", defaultValue = "0")
    long rebuildPauseMillis;

    /**
     * Held while the index is opened, closed or drained and while a rebuild hands over its
     * result, so that these never interleave. The timer only tries it: a tick that finds it held
     * is skipped, the next one comes soon.
     */
    private final ReentrantLock lifecycle = new ReentrantLock();
    private volatile PracticeIndex index;
    /** Opened but empty, waiting for its first rebuild before it may answer. */
    private volatile PracticeIndex pending;
    /** The open index cannot be trusted until a rebuild succeeds: neither drained nor acknowledged meanwhile. */
    private volatile boolean needsRebuild;
    private volatile boolean suspended;
    private volatile boolean closing;
    private Path indexDir;
    private OutboxCursorFile cursorFile;
    private volatile long cursor;
    /** Ids below the cursor not seen yet, with when they were first missed; guarded by {@link #lifecycle}. */
    private final Map<Long, Instant> gaps = new LinkedHashMap<>();
    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicLong rebuildDone = new AtomicLong();
    private final AtomicLong rebuildTotal = new AtomicLong();
    private volatile Instant rebuildStartedAt;
    private volatile Instant rebuildFinishedAt;
    private volatile String rebuildError;
    private volatile Instant lastDrain;
    private volatile String lastError;
    private Instant lastPrune = Instant.EPOCH;

    @PostConstruct
    void schedule() {
        long millis = Math.max(1, intervalSeconds) * 1000;
        timers.createIntervalTimer(millis, millis, new TimerConfig("practice-search-outbox", false));
    }

    /** A running rebuild notices {@link #closing} at its next chunk and gives up, so this waits briefly. */
    @PreDestroy
    void close() {
        closing = true;
        lifecycle.lock();
        try {
            closeIndex();
        } finally {
            lifecycle.unlock();
        }
    }

    /** The open index, or empty while it is still being opened or first filled. */
    public Optional<PracticeIndex> index() {
        return Optional.ofNullable(index);
    }

    /** A snapshot for the admin page; cheap, reads no database. */
    public State state() {
        PracticeIndex open = index;
        long count = 0;
        if (open != null) {
            try {
                count = open.count();
            } catch (IOException | AlreadyClosedException e) {
                // Reopened at this very moment: the next poll reads the new one.
                count = 0;
            }
        }
        return new State(open != null, count, cursor, lastDrain, suspended, rebuilding.get(), rebuildDone.get(),
                rebuildTotal.get(), rebuildStartedAt, rebuildFinishedAt, rebuildError, lastError);
    }

    @Timeout
    void tick() {
        if (closing || !lifecycle.tryLock()) {
            return;
        }
        try {
            recover();
            if (!suspended) {
                drain(Integer.MAX_VALUE);
            }
            prune();
            lastError = null;
        } catch (IOException | RuntimeException e) {
            // The database or the disk is away: the cursor did not move, the next tick retries.
            lastError = describe(e);
            LOG.log(Level.WARNING, "Practice search outbox tick failed", e);
        } finally {
            lifecycle.unlock();
        }
    }

    // ---------------------------------------------------------------- administration

    /**
     * Starts a rebuild from the database in the background; searches keep answering from the
     * current index until the new one is committed.
     *
     * @return false when a rebuild is already running (or the server is stopping)
     */
    public boolean startRebuild() throws IOException {
        lifecycle.lock();
        try {
            if (closing) {
                return false;
            }
            if (index == null && pending == null) {
                open();
            }
            // An index that needed a rebuild anyway gets it now, which is what was asked for.
            return beginRebuild();
        } finally {
            lifecycle.unlock();
        }
    }

    /** Stops draining the outbox; returns once no drain is under way any more. Rebuilds still run. */
    public void suspend() {
        suspended = true;
        // A drain pass under way stops at its next batch (it sees a queued thread); wait for it.
        lifecycle.lock();
        lifecycle.unlock();
    }

    public void resume() {
        suspended = false;
    }

    /**
     * Applies exactly one batch of the outbox now, suspended or not.
     *
     * @return the number of outbox rows applied, or empty when the index cannot be drained now
     *     (not open yet, or being rebuilt)
     */
    public OptionalInt drainOnce() throws IOException {
        lifecycle.lock();
        try {
            if (closing) {
                return OptionalInt.empty();
            }
            recover();
            if (index == null || needsRebuild || rebuilding.get()) {
                return OptionalInt.empty();
            }
            return OptionalInt.of(drain(1));
        } finally {
            lifecycle.unlock();
        }
    }

    /**
     * Closes the index and opens it again from disk exactly as a restart does: the cursor file is
     * read again, the cursor rewound over the gap window, and an empty, stale or unreadable index
     * is rebuilt (in the background). What was only in memory (the missing ids being watched) is
     * forgotten, as in a crash.
     *
     * @return false when a rebuild is running: closing its index under it would waste it
     */
    public boolean reopen() throws IOException {
        lifecycle.lock();
        try {
            if (closing || rebuilding.get()) {
                return false;
            }
            closeIndex();
            recover();
            return true;
        } finally {
            lifecycle.unlock();
        }
    }

    // ---------------------------------------------------------------- opening and rebuilding

    /** Opens the index if it is not open and starts the rebuild it needs; under {@link #lifecycle}. */
    private void recover() throws IOException {
        if (index == null && pending == null) {
            if (!webModuleStarted()) {
                return;
            }
            open();
        }
        if (needsRebuild) {
            beginRebuild();
        }
    }

    /**
     * Weld hands out the servlet context (and so the word lists) only once the web module has
     * started, some seconds after this bean's first ticks; until then there is nothing to open,
     * which is not worth a warning with a stack trace every tick.
     */
    private boolean webModuleStarted() {
        try {
            servletContext.getContextPath();
            return true;
        } catch (IllegalStateException e) {
            return false;
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
        cursorFile = new OutboxCursorFile(indexDir, databaseUrl);
        PracticeIndex opened = openOrDiscard(wordLists());
        try {
            Optional<Long> saved = cursorFile.load(outbox.maxId());
            Instant cursorTime = cursorFile.savedAt();
            // The rewind below replays from GAP_WAIT before the cursor's time, so those rows must not
            // have been pruned either: a cursor that close to the retention is stale already.
            boolean stale = cursorTime == null || cursorTime.minus(GAP_WAIT)
                    .isBefore(clock.instant().minus(Duration.ofHours(retentionHours)));
            boolean empty = opened.count() == 0;
            boolean rebuild = empty && documents.count() > 0 || saved.isEmpty() || stale;
            gaps.clear();
            // Rewind over the gap window: rows that were still uncommitted at the last stop.
            cursor = rebuild ? 0 : Math.min(saved.get(), outbox.lastIdBefore(cursorTime.minus(GAP_WAIT)));
            needsRebuild = rebuild;
            if (empty && rebuild) {
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

    /**
     * The index is derived data: one that cannot be read (a damaged disk, files lost from under
     * its last commit, or written by another Lucene version) is thrown away and rebuilt from the
     * database rather than leaving search down until someone deletes it by hand. A missing file
     * elsewhere (the word lists) is not the index's fault and is not answered by deleting it.
     */
    private PracticeIndex openOrDiscard(Path wordLists) throws IOException {
        try {
            return new PracticeIndex(indexDir, wordLists);
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                 | NoSuchFileException e) {
            if (e instanceof NoSuchFileException missing && !inIndexDir(missing.getFile())) {
                throw e;
            }
            LOG.log(Level.SEVERE, "The practice search index at " + indexDir
                    + " cannot be read; it is discarded and rebuilt from the database", e);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(indexDir)) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        Files.delete(file);
                    }
                }
            }
            return new PracticeIndex(indexDir, wordLists);
        }
    }

    private boolean inIndexDir(String file) throws IOException {
        if (file == null) {
            return false;
        }
        Path path = Path.of(file);
        // Lucene names files by the directory's real path, which differs when a link leads to it.
        return path.startsWith(indexDir) || path.startsWith(indexDir.toRealPath());
    }

    private void closeIndex() {
        PracticeIndex open = index != null ? index : pending;
        index = null;
        pending = null;
        if (open != null) {
            try {
                open.close();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the practice search index failed", e);
            }
        }
    }

    /** Claims the single rebuild slot and hands the work to the executor; under {@link #lifecycle}. */
    private boolean beginRebuild() {
        PracticeIndex target = index != null ? index : pending;
        if (target == null || !rebuilding.compareAndSet(false, true)) {
            return false;
        }
        rebuildDone.set(0);
        rebuildTotal.set(0);
        rebuildStartedAt = clock.instant();
        rebuildFinishedAt = null;
        rebuildError = null;
        try {
            executor.execute(() -> rebuildInBackground(target));
        } catch (RuntimeException e) {
            rebuilding.set(false);
            throw e;
        }
        return true;
    }

    /**
     * The rebuild itself, on an executor thread. It reads committed state from its start on;
     * changes queued shortly before may still have been uncommitted then, so the cursor lands
     * before them and the drain applies them again. A failed start-up rebuild is retried by the
     * next tick; a failed requested one leaves the old index answering and says why in the state.
     */
    private void rebuildInBackground(PracticeIndex target) {
        try {
            Instant started = clock.instant();
            List<Long> ids = documents.allIds();
            rebuildTotal.set(ids.size());
            long written = target.rebuild(chunked(ids), n -> { });
            long safe = outbox.lastIdBefore(started.minus(GAP_WAIT));
            lifecycle.lock();
            try {
                if (target != index && target != pending) {
                    return; // closed meanwhile (the server is stopping): nothing to hand over
                }
                cursor = Math.max(cursor, safe);
                cursorFile.save(cursor);
                needsRebuild = false;
                if (target == pending) {
                    index = target;
                    pending = null;
                }
            } finally {
                lifecycle.unlock();
            }
            rebuildDone.set(rebuildTotal.get());
            LOG.info(() -> "Practice search index rebuilt: " + written + " practices");
        } catch (IOException | RuntimeException e) {
            rebuildError = describe(e);
            LOG.log(closing ? Level.FINE : Level.WARNING, "Rebuilding the practice search index failed", e);
        } finally {
            rebuildFinishedAt = clock.instant();
            rebuilding.set(false);
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

    // ---------------------------------------------------------------- draining

    /**
     * Applies up to the given number of batches; under {@link #lifecycle}. Stops early when the
     * drain is suspended, a rebuild starts, or an administrator waits for the lock.
     *
     * @return the number of outbox rows applied
     */
    private int drain(int maxBatches) throws IOException {
        PracticeIndex open = index;
        // While a rebuild is due, the cursor must not be saved: a fresh cursor file beside a stale
        // index would make the next start trust the index and skip the rebuild.
        if (open == null || needsRebuild || rebuilding.get()) {
            return 0;
        }
        int batch = Math.max(1, batchSize);
        Instant now = clock.instant();
        gaps.values().removeIf(missedAt -> missedAt.isBefore(now.minus(GAP_WAIT)));
        int applied = 0;
        for (int round = 0; round < maxBatches; round++) {
            List<SearchOutbox.Entry> entries = outbox.after(cursor, gaps.keySet(), batch);
            if (entries.isEmpty()) {
                break;
            }
            Set<Long> gone = new LinkedHashSet<>();
            entries.forEach(e -> gone.add(e.practiceId()));
            // One read and one index commit per batch: committing per practice managed ~10 a second.
            List<PracticeDocument> current = documents.load(new ArrayList<>(gone));
            current.forEach(d -> gone.remove(d.id()));
            open.apply(current, gone);
            long newCursor = cursor;
            for (SearchOutbox.Entry entry : entries) {
                gaps.remove(entry.id());
                if (entry.id() > newCursor) {
                    watchMissing(newCursor, entry, now);
                    newCursor = entry.id();
                }
            }
            cursor = newCursor;
            cursorFile.save(cursor);
            applied += entries.size();
            if (entries.size() < batch || suspended || rebuilding.get() || lifecycle.hasQueuedThreads()) {
                break;
            }
        }
        lastDrain = clock.instant();
        return applied;
    }

    /**
     * Remembers the ids between the cursor and this row, which were taken before it and may
     * belong to transactions not committed yet. If the row was queued more than {@link #GAP_WAIT}
     * ago, so were they: a transaction that old has committed (and would have been read) or
     * rolled back, so there is nothing to wait for. Without this, a cursor far behind the outbox
     * (after a rewind or a rebuild) would watch every id below the first row read.
     */
    private void watchMissing(long after, SearchOutbox.Entry entry, Instant now) {
        if (entry.id() <= after + 1 || entry.queuedAt().isBefore(now.minus(GAP_WAIT))) {
            return;
        }
        long from = after + 1;
        if (entry.id() - from > MAX_GAP_RUN) {
            from = entry.id() - MAX_GAP_RUN;
            LOG.warning("Search outbox ids " + (after + 1) + ".." + (from - 1)
                    + " are not watched as uncommitted: too many missing at once");
        }
        for (long missing = from; missing < entry.id(); missing++) {
            gaps.putIfAbsent(missing, now);
        }
    }

    /** Hourly: outbox rows past the retention go, and the cursor file's age is refreshed; under {@link #lifecycle}. */
    private void prune() throws IOException {
        if (index == null || needsRebuild) {
            return;
        }
        Instant now = clock.instant();
        if (lastPrune.isAfter(now.minus(Duration.ofHours(1)))) {
            return;
        }
        lastPrune = now;
        Instant cutoff = now.minus(Duration.ofHours(retentionHours));
        long highWater = outbox.lastIdBefore(cutoff);
        if (highWater > 0) {
            // The newest expired row stays: it is what lastIdBefore finds when a server rewinds or
            // rebuilds after a quiet spell. With the outbox pruned empty it would answer 0, and the
            // next row (id in the millions) would look like millions of missing ids.
            Instant keepFrom = outbox.after(highWater - 1, List.of(), 1).stream().findFirst()
                    .map(SearchOutbox.Entry::queuedAt).filter(t -> t.isBefore(cutoff)).orElse(cutoff);
            int deleted = 0;
            int chunk;
            int rounds = 0;
            // SearchOutbox.prune deletes a small chunk per call; one call an hour fell behind any
            // outbox busier than that chunk an hour.
            do {
                chunk = outbox.prune(keepFrom);
                deleted += chunk;
            } while (chunk > 0 && ++rounds < MAX_PRUNE_ROUNDS);
            int total = deleted;
            if (total > 0) {
                LOG.fine(() -> "Pruned " + total + " search outbox rows");
            }
        }
        // Rewritten hourly even when nothing changed: its age tells the next start how long this
        // server was away, and so whether pruned rows may have been missed.
        cursorFile.save(cursor);
    }

    private Stream<PracticeDocument> chunked(List<Long> ids) {
        int size = Math.max(1, rebuildChunk);
        Iterator<PracticeDocument> iterator = new Iterator<>() {
            private int next;
            private Iterator<PracticeDocument> chunk = List.<PracticeDocument>of().iterator();

            @Override
            public boolean hasNext() {
                while (!chunk.hasNext() && next < ids.size()) {
                    if (closing) {
                        throw new CancellationException("The server is stopping");
                    }
                    if (next > 0) {
                        pause();
                    }
                    List<Long> slice = new ArrayList<>(ids.subList(next, Math.min(ids.size(), next + size)));
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
                rebuildDone.incrementAndGet();
                return chunk.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }

    private void pause() {
        if (rebuildPauseMillis <= 0) {
            return;
        }
        try {
            Thread.sleep(rebuildPauseMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("The rebuild was interrupted");
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
