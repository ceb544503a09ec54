package ru.trajectory.run;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import ru.trajectory.practices.search.FacetDimension;
import ru.trajectory.practices.search.PracticeDocument;
import ru.trajectory.practices.search.PracticeIndex;
import ru.trajectory.practices.search.SearchRequest;

/**
 * The figures of the practice-search issue: the bank's Lucene search against MariaDB's own
 * FULLTEXT search on the same 100 000 generated practices of ~300 words, in the same run:
 *
 * <pre>
 *   mvn -Prun -Dtrajectory.home=/work/trajhome-bench
 *   mvn -Ppractices-bench -Dtrajectory.home=/work/trajhome-bench [-Dbase=http://localhost:8080]
 *       [-Dpractices=100000] [-Dqueries=1000] [-Dclients=4]
 * </pre>
 *
 * <ol>
 * <li>Tops the portal's database up over JDBC to the wanted number of generated practices
 *     (multi-row INSERTs, with a search-outbox row each, so the portal's own indexer takes them in):
 *     Russian text from a vocabulary of inflected phrases, facets from the region's schools, the
 *     loaded competency framework and the subject list. Generated practices carry the tag
 *     {@value #MARKER_TAG} and are numbered by id among themselves; practice k is always the
 *     same text, so a rerun adds only what is missing. The database is found through the
 *     embedded MariaDB's process ({@code --datadir=<trajectory.home>/db}) unless
 *     {@code -Ddb.url} or {@code DB_URL} names it.</li>
 * <li>Indexing: waits until a blank search answers as many practices as are published and reports
 *     the portal's rate (outbox drain) and its index size on disk; then indexes the same practices
 *     in this process with {@link PracticeIndex#rebuild} (the portal's start-up rebuild path,
 *     without the database reads) into {@code <trajectory.home>/practices-bench-index}.</li>
 * <li>Adds a FULLTEXT index on the practice's texts if it is missing (benchmark only, not a
 *     migration) and asks the same queries of both: one client for latency percentiles and
 *     {@code clients} at once for throughput; text with three facet filters (subject, level,
 *     competency) and text alone. The portal's answer always carries the counts of all seven
 *     facets, so MariaDB is timed both for the top 10 alone and with the total and three facet
 *     counts.</li>
 * <li>Word forms: {@value #PLANTED_COUNT} distinctive sentences planted into fixed practices, each
 *     asked for in other forms of its words (and, as a control, in its own forms); a query counts
 *     as found when the planted practice is in the top 10.</li>
 * </ol>
 *
 * A command-line tool, so it reports on standard output.
 */
public final class PracticeSearchBenchmark {

    static final String MARKER_TAG = "нагрузочный набор";
    /** Raise when the generator's output changes, so a recorded in-process index is not reused. */
    private static final int GENERATOR_VERSION = 1;
    static final int PLANTED_COUNT = 32;
    private static final double P95_TARGET_MS = 15;
    private static final int BATCH = 500;
    private static final int WARMUP = 300;
    private static final int SQL_WARMUP = 5;
    private static final int MIN_TIMED = 20;
    /** A series (one client, then the clients at once) stops early after this long: MariaDB may take seconds a query. */
    private static final long SERIES_NANOS = (long) (Double.parseDouble(
            System.getProperty("practices.seriesSeconds", "90")) * 1e9);
    private static final String FT_INDEX = "ft_practice_bench";
    private static final String FT_COLUMNS = "p.title, p.summary, p.body, p.problem, p.evidence";
    private static final String MATCH = "MATCH(" + FT_COLUMNS + ") AGAINST (? IN NATURAL LANGUAGE MODE)";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String api;
    private final Path home;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private String token;
    private long teacherPersonId;

    private PracticeSearchBenchmark(String base, Path home, String[] db) {
        this.api = base.replaceAll("/+$", "") + "/api/v1/";
        this.home = home;
        this.dbUrl = db[0];
        this.dbUser = db[1];
        this.dbPassword = db[2];
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 && !args[0].isBlank() ? args[0] : "http://localhost:8080";
        int practices = args.length > 1 ? Integer.parseInt(args[1].strip()) : 100_000;
        int queries = args.length > 2 ? Integer.parseInt(args[2].strip()) : 1000;
        int clients = args.length > 3 ? Integer.parseInt(args[3].strip()) : 4;
        if (practices < 1000 || queries < 10 || clients < 1) {
            throw new IllegalArgumentException("practices ≥ 1000, queries ≥ 10, clients ≥ 1");
        }
        Path home = Path.of(System.getProperty("trajectory.home", System.getProperty("user.home") + "/.trajectory"));
        new PracticeSearchBenchmark(base, home, database(home)).run(practices, queries, clients);
    }

    // ================================================================ the run

    private void run(int wanted, int queries, int clients) throws Exception {
        long started = System.nanoTime();
        Report report = new Report();
        System.out.printf("Practice search benchmark: portal %s, database %s%n", api, dbUrl);
        token = token("teacher");
        teacherPersonId = Long.parseLong(DiagnosticsBenchmark.text(
                DiagnosticsBenchmark.json(get("me", token)).get("personId")));

        Corpus corpus;
        List<Long> ids;
        try (Connection c = connect()) {
            corpus = Corpus.load(c);
            TopUp topUp = topUp(c, corpus, wanted);
            report.topUp = topUp;
            ids = benchIds(c);
            if (ids.size() < wanted) {
                throw new IllegalStateException("Only " + ids.size() + " generated practices after the top-up");
            }
            report.published = scalar(c, "SELECT COUNT(*) FROM practice WHERE status = 'PUBLISHED'");
            report.fulltextBuildSeconds = ensureFulltext(c);
            report.fulltextBytes = fulltextBytes(c);
        }
        report.practices = ids.size();

        // ---- indexing by the portal (outbox drain), then in process (rebuild)
        waitForPortalIndex(report);
        report.portalIndexBytes = directorySize(portalIndexDir());
        PracticeIndex local = null;
        String localMode = System.getProperty("practices.localIndex", "auto");
        if (!"off".equals(localMode)) {
            local = localIndex(corpus, ids, report, "rebuild".equals(localMode));
        }

        // ---- planted word forms
        Map<Integer, Long> plantedIds = new LinkedHashMap<>();
        for (int i = 0; i < PLANTED_COUNT; i++) {
            plantedIds.put(i, ids.get(Planted.practiceIndex(i)));
        }
        wordForms(plantedIds, report);

        // ---- latency and throughput
        Random random = new Random(20_261_124L);
        List<Query> faceted = new ArrayList<>();
        List<Query> textOnly = new ArrayList<>();
        for (int i = 0; i < WARMUP + queries; i++) {
            faceted.add(Query.random(random, corpus, true));
            textOnly.add(Query.random(random, corpus, false));
        }
        int sqlQueries = Integer.getInteger("practices.sqlQueries", Math.min(queries, 200));
        System.out.printf("%nTiming: %d warm-up + %d queries per series through the portal, %d + %d per MariaDB series, "
                + "%d clients for throughput; each half of a series stops after %.0f s…%n", WARMUP, queries, SQL_WARMUP,
                sqlQueries, clients, SERIES_NANOS / 1e9);
        for (Mix mix : Mix.values()) {
            List<Query> list = mix == Mix.FACETED ? faceted : textOnly;
            Series portal = new Series("Lucene: GET /practices/search", mix);
            timePortal(list, queries, clients, portal);
            report.series.add(portal);
            if (local != null) {
                Series inProcess = new Series("Lucene in process: PracticeIndex.search", mix);
                timeLocal(local, list, queries, clients, inProcess);
                report.series.add(inProcess);
            }
            Series top = new Series("MariaDB FULLTEXT, top 10", mix);
            timeSql(list, sqlQueries, clients, false, top);
            report.series.add(top);
            Series withFacets = new Series("MariaDB FULLTEXT, + total + 3 facet counts", mix);
            timeSql(list, sqlQueries, clients, true, withFacets);
            report.series.add(withFacets);
        }
        if (local != null) {
            local.close();
        }
        report.minutes = (System.nanoTime() - started) / 60e9;
        report.print(clients);
    }

    // ================================================================ database

    /** The JDBC settings: -Ddb.url, DB_URL, or the embedded MariaDB of the trajectory home. */
    private static String[] database(Path home) throws IOException {
        String url = System.getProperty("db.url", System.getenv("DB_URL"));
        if (url != null && !url.isBlank()) {
            return new String[] {url, System.getProperty("db.user", System.getenv().getOrDefault("DB_USER", "")),
                System.getProperty("db.password", System.getenv().getOrDefault("DB_PASSWORD", ""))};
        }
        Path dataDir = home.resolve("db").toAbsolutePath().normalize();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String port = null;
                boolean ours = false;
                try {
                    for (String arg : new String(Files.readAllBytes(process.resolve("cmdline")),
                            StandardCharsets.UTF_8).split("\0")) {
                        if (arg.startsWith("--datadir=")) {
                            ours = Path.of(arg.substring(10)).toAbsolutePath().normalize().equals(dataDir);
                        } else if (arg.startsWith("--port=")) {
                            port = arg.substring(7);
                        }
                    }
                } catch (IOException gone) {
                    continue;
                }
                if (ours && port != null) {
                    mariadbPid = Long.parseLong(process.getFileName().toString());
                    return new String[] {"jdbc:mariadb://localhost:" + port + "/trajectory",
                        EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD};
                }
            }
        }
        throw new IllegalStateException("No running embedded MariaDB with data in " + dataDir
                + ": start the portal with mvn -Prun -Dtrajectory.home=" + home + ", or give -Ddb.url=");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    private static long scalar(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    /** Ids of the generated practices in the order they were generated: the k-th is practice k. */
    private static List<Long> benchIds(Connection c) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT practice_id FROM practice_tag WHERE tag = ? ORDER BY practice_id")) {
            s.setString(1, MARKER_TAG);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
        }
        return ids;
    }

    record TopUp(long existing, long added, double seconds) {
    }

    private TopUp topUp(Connection c, Corpus corpus, int wanted) throws SQLException {
        long existing = scalar(c, "SELECT COUNT(*) FROM practice_tag WHERE tag = ?", MARKER_TAG);
        if (existing >= wanted) {
            System.out.printf("The database holds %d generated practices; none to add.%n", existing);
            return new TopUp(existing, 0, 0);
        }
        System.out.printf("The database holds %d generated practices; adding %d over JDBC…%n", existing,
                wanted - existing);
        long t0 = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            long nextId = scalar(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM practice");
            for (long from = existing; from < wanted; from += BATCH) {
                int count = (int) Math.min(BATCH, wanted - from);
                List<Generated> batch = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    batch.add(Generator.practice((int) (from + i), corpus));
                }
                insert(c, batch, nextId);
                c.commit();
                nextId += count;
                long done = from + count;
                if (done % 10_000 == 0 || done == wanted) {
                    System.out.printf("  … %d practices (%.0f/s)%n", done,
                            (done - existing) / ((System.nanoTime() - t0) / 1e9));
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return new TopUp(existing, wanted - existing, (System.nanoTime() - t0) / 1e9);
    }

    private static void insert(Connection c, List<Generated> batch, long firstId) throws SQLException {
        rows(c, "INSERT INTO practice (id, title, summary, body, problem, evidence, school_id, region_id, status, "
                + "created_at, updated_at, published_at, review_score) VALUES ", 13, batch.size(), (s, i) -> {
                    Generated g = batch.get(i);
                    int p = i * 13;
                    s.setLong(p + 1, firstId + i);
                    s.setString(p + 2, g.title);
                    s.setString(p + 3, g.summary);
                    s.setString(p + 4, g.bodyHtml());
                    s.setString(p + 5, g.problem);
                    s.setString(p + 6, g.evidence);
                    s.setLong(p + 7, g.schoolId);
                    s.setLong(p + 8, g.regionId);
                    s.setString(p + 9, "PUBLISHED");
                    s.setTimestamp(p + 10, Timestamp.valueOf(g.createdAt));
                    s.setTimestamp(p + 11, Timestamp.valueOf(g.publishedAt));
                    s.setTimestamp(p + 12, Timestamp.valueOf(g.publishedAt));
                    s.setBigDecimal(p + 13, g.score);
                });
        children(c, "practice_author (practice_id, person_id, is_lead)", batch, firstId,
                g -> g.authorId == null ? List.<Object[]>of() : List.<Object[]>of(new Object[] {g.authorId, true}));
        children(c, "practice_subject (practice_id, subject_code)", batch, firstId, g -> one(g.subjects));
        children(c, "practice_level (practice_id, level)", batch, firstId, g -> one(g.levels));
        children(c, "practice_competency (practice_id, competency_code)", batch, firstId, g -> one(g.competencies));
        children(c, "practice_tag (practice_id, tag)", batch, firstId, g -> one(g.tags));
        children(c, "practice_target_group (practice_id, target_group)", batch, firstId, g -> one(g.targetGroups));
        // The portal's indexer learns of changes from the outbox only, as it would from the API.
        try (PreparedStatement s = c.prepareStatement("INSERT INTO search_outbox (practice_id) "
                + "SELECT id FROM practice WHERE id BETWEEN ? AND ? ORDER BY id")) {
            s.setLong(1, firstId);
            s.setLong(2, firstId + batch.size() - 1);
            s.executeUpdate();
        }
    }

    private static List<Object[]> one(Set<String> values) {
        return values.stream().map(v -> new Object[] {v}).toList();
    }

    private interface RowBinder {
        void bind(PreparedStatement s, int row) throws SQLException;
    }

    private static void rows(Connection c, String insert, int columns, int count, RowBinder binder)
            throws SQLException {
        if (count == 0) {
            return;
        }
        String row = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
        String sql = insert + String.join(", ", java.util.Collections.nCopies(count, row));
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < count; i++) {
                binder.bind(s, i);
            }
            s.executeUpdate();
        }
    }

    private static void children(Connection c, String table, List<Generated> batch, long firstId,
                                 java.util.function.Function<Generated, List<Object[]>> values) throws SQLException {
        List<Object[]> flat = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            for (Object[] v : values.apply(batch.get(i))) {
                Object[] row = new Object[v.length + 1];
                row[0] = firstId + i;
                System.arraycopy(v, 0, row, 1, v.length);
                flat.add(row);
            }
        }
        if (flat.isEmpty()) {
            return;
        }
        int columns = flat.get(0).length;
        rows(c, "INSERT INTO " + table + " VALUES ", columns, flat.size(), (s, i) -> {
            for (int j = 0; j < columns; j++) {
                s.setObject(i * columns + j + 1, flat.get(i)[j]);
            }
        });
    }

    /** Seconds spent adding the FULLTEXT index, or 0 when it was there. */
    private static double ensureFulltext(Connection c) throws SQLException {
        long present = scalar(c, "SELECT COUNT(*) FROM information_schema.statistics WHERE table_schema = DATABASE() "
                + "AND table_name = 'practice' AND index_name = ?", FT_INDEX);
        if (present > 0) {
            return 0;
        }
        System.out.println("Adding the benchmark's FULLTEXT index on practice (title, summary, body, problem, "
                + "evidence)…");
        long t0 = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE practice ADD FULLTEXT INDEX " + FT_INDEX
                    + " (title, summary, body, problem, evidence)");
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  … done in %.1f s%n", seconds);
        return seconds;
    }

    /** The FULLTEXT index's auxiliary tables (InnoDB keeps them as FTS_* files beside the table). */
    private long fulltextBytes(Connection c) throws SQLException, IOException {
        String dataDir;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT @@datadir, DATABASE()")) {
            r.next();
            dataDir = r.getString(1);
            Path schema = Path.of(dataDir, r.getString(2));
            if (!Files.isDirectory(schema)) {
                return -1;
            }
            long tableId = scalar(c, "SELECT table_id FROM information_schema.innodb_sys_tables WHERE name = "
                    + "CONCAT(DATABASE(), '/practice')");
            String prefix = String.format("FTS_%016x", tableId).toLowerCase(Locale.ROOT);
            try (Stream<Path> files = Files.list(schema)) {
                return files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).startsWith(prefix))
                        .mapToLong(f -> {
                            try {
                                return Files.size(f);
                            } catch (IOException e) {
                                return 0;
                            }
                        }).sum();
            }
        }
    }

    // ================================================================ indexing

    private Path portalIndexDir() {
        return Path.of(System.getProperty("practices.indexDir", home.resolve("search-index").toString()));
    }

    /**
     * Polls a blank search until the portal's index holds every published practice. The outbox
     * drain commits the index once per practice, so for a large top-up it is sampled for a while and,
     * when the rest would take longer than {@code practices.indexWaitMinutes}, the run stops with
     * instructions to restart the portal without its outbox cursor: it then rebuilds the index from
     * the database at start, and a rerun of the benchmark reads that rebuild's time from the log.
     */
    private void waitForPortalIndex(Report report) throws Exception {
        long expected = report.published;
        long t0 = System.nanoTime();
        long first = -1;
        long lastPrint = t0;
        long waitMinutes = Long.getLong("practices.indexWaitMinutes", 30);
        long sampleSeconds = Long.getLong("practices.drainSampleSeconds", 120);
        while (true) {
            long total = blankTotal();
            if (first < 0) {
                first = total;
                System.out.printf("The portal's index answers %d of %d published practices%s%n", total, expected,
                        total >= expected ? "" : "; waiting for its indexer (outbox drain)…");
            }
            long now = System.nanoTime();
            double seconds = (now - t0) / 1e9;
            double rate = (total - first) / Math.max(seconds, 1e-3);
            if (total >= expected) {
                if (total > first) {
                    report.portalDrained = total - first;
                    report.portalDrainSeconds = seconds;
                }
                break;
            }
            if (now - lastPrint > 30e9) {
                lastPrint = now;
                System.out.printf("  … %d of %d (%.1f practices/s)%n", total, expected, rate);
            }
            if (seconds > sampleSeconds && (expected - total) / Math.max(rate, 1e-3) > waitMinutes * 60) {
                report.portalDrained = total - first;
                report.portalDrainSeconds = seconds;
                Path cursor = portalIndexDir().resolve("outbox.cursor");
                System.out.printf("%nThe portal's outbox drain indexes %.1f practices/s (one index commit per "
                        + "practice): the remaining %d would take %.0f min.%nStop the portal (Ctrl-C), remove %s "
                        + "and start it again: it then rebuilds the index from the database at start (the old "
                        + "index answers meanwhile). Then run this benchmark again: the top-up is done, and it "
                        + "reads the rebuild's time from %s.%n", rate, expected - total,
                        (expected - total) / Math.max(rate, 1e-3) / 60, cursor, serverLog());
                throw new IllegalStateException("The portal's index is " + (expected - total)
                        + " practices short; restart it as described above");
            }
            Thread.sleep(2000);
        }
        long[] rebuild = lastRebuild();
        if (rebuild != null) {
            report.portalRebuilt = rebuild[0];
            report.portalRebuildSeconds = rebuild[1] / 1000.0;
        }
    }

    private Path serverLog() {
        return home.resolve("logs/server.log");
    }

    /**
     * The portal's last start-up rebuild in its log: practices written and milliseconds from «is open,
     * rebuilding» to «rebuilt: N practices»; null when the log has none.
     */
    private long[] lastRebuild() throws IOException {
        Path log = serverLog();
        if (!Files.isRegularFile(log)) {
            return null;
        }
        java.util.regex.Pattern millis = java.util.regex.Pattern.compile("timeMillis: (\\d+)");
        java.util.regex.Pattern rebuilt = java.util.regex.Pattern.compile("index rebuilt: (\\d+) practices");
        long opened = -1;
        long[] last = null;
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (!line.contains("Practice search index")) {
                    continue;
                }
                java.util.regex.Matcher m = millis.matcher(line);
                if (!m.find()) {
                    continue;
                }
                long at = Long.parseLong(m.group(1));
                if (line.contains("is open, rebuilding")) {
                    opened = at;
                }
                java.util.regex.Matcher r = rebuilt.matcher(line);
                if (r.find() && opened > 0) {
                    last = new long[] {Long.parseLong(r.group(1)), at - opened};
                    opened = -1;
                }
            }
        } catch (java.io.UncheckedIOException e) {
            return null; // not UTF-8 throughout: no figure rather than a wrong one
        }
        return last;
    }

    private long blankTotal() throws Exception {
        HttpResponse<String> r = http.send(request("practices/search?size=1").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 409) {
            return 0; // the index is still being opened or rebuilt
        }
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET practices/search answered " + r.statusCode() + ": " + r.body());
        }
        return DiagnosticsBenchmark.json(r.body()).getJsonNumber("total").longValue();
    }

    /**
     * The in-process index of the same practices in {@code <trajectory.home>/practices-bench-index}.
     * A rebuild (10 min for 100 000 on a busy 2-core machine) records its figures beside the index;
     * a later run with the same practices reuses it and reprints them, unless
     * {@code -Dpractices.localIndex=rebuild} ({@code off} skips the in-process index altogether).
     */
    private PracticeIndex localIndex(Corpus corpus, List<Long> ids, Report report, boolean force) throws IOException {
        Path dir = home.resolve("practices-bench-index");
        Path figures = dir.resolve("benchmark.properties");
        Path wordLists = Path.of(System.getProperty("trajectory.wordLists", "search-index"));
        String key = ids.size() + ":" + ids.get(0) + ":" + ids.get(ids.size() - 1) + ":" + GENERATOR_VERSION;
        if (!force && Files.isRegularFile(figures)) {
            java.util.Properties recorded = new java.util.Properties();
            try (var in = Files.newInputStream(figures)) {
                recorded.load(in);
            }
            if (key.equals(recorded.getProperty("key"))) {
                PracticeIndex index = new PracticeIndex(dir, wordLists);
                if (index.count() == ids.size()) {
                    report.localIndexed = Long.parseLong(recorded.getProperty("indexed"));
                    report.localSeconds = Double.parseDouble(recorded.getProperty("seconds"));
                    report.localIndexBytes = Long.parseLong(recorded.getProperty("bytes"));
                    report.generationSeconds = Double.parseDouble(recorded.getProperty("generationSeconds"));
                    report.averageWords = Double.parseDouble(recorded.getProperty("averageWords"));
                    report.localRecorded = recorded.getProperty("recorded");
                    System.out.printf("Reusing the in-process index in %s (built %s; -Dpractices.localIndex=rebuild "
                            + "builds it again)%n", dir, report.localRecorded);
                    return index;
                }
                index.close();
            }
        }
        deleteTree(dir);
        Files.createDirectories(dir);
        System.out.printf("Indexing the same %d practices in this process (PracticeIndex.rebuild) into %s…%n",
                ids.size(), dir);
        PracticeIndex index = new PracticeIndex(dir, wordLists);
        long t0 = System.nanoTime();
        Stream<PracticeDocument> documents = IntStream.range(0, ids.size())
                .mapToObj(k -> Generator.practice(k, corpus).document(ids.get(k), corpus));
        long written = index.rebuild(documents, done -> {
            if (done % 20_000 == 0 && done < ids.size()) {
                System.out.printf("  … %d (%.0f/s)%n", done, done / ((System.nanoTime() - t0) / 1e9));
            }
        });
        report.localSeconds = (System.nanoTime() - t0) / 1e9;
        report.localIndexed = written;
        report.localIndexBytes = directorySize(dir);
        // Text generation is part of that time; measured alone so it can be told apart.
        long g0 = System.nanoTime();
        long words = 0;
        for (int k = 0; k < ids.size(); k++) {
            words += Generator.practice(k, corpus).words();
        }
        report.generationSeconds = (System.nanoTime() - g0) / 1e9;
        report.averageWords = (double) words / ids.size();
        java.util.Properties record = new java.util.Properties();
        record.setProperty("key", key);
        record.setProperty("indexed", Long.toString(written));
        record.setProperty("seconds", Double.toString(report.localSeconds));
        record.setProperty("bytes", Long.toString(report.localIndexBytes));
        record.setProperty("generationSeconds", Double.toString(report.generationSeconds));
        record.setProperty("averageWords", Double.toString(report.averageWords));
        record.setProperty("recorded", java.time.LocalDateTime.now().withNano(0) + ", load average " + loadAverage());
        try (var out = Files.newOutputStream(figures)) {
            record.store(out, "PracticeSearchBenchmark: figures of the rebuild that made this index");
        }
        return index;
    }

    private static long directorySize(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return -1;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    // ================================================================ word forms

    private void wordForms(Map<Integer, Long> plantedIds, Report report) throws Exception {
        System.out.printf("%nWord forms: %d planted sentences, top 10 of each system (+ found, - missed)%n",
                PLANTED_COUNT);
        try (Connection c = connect()) {
            for (int i = 0; i < PLANTED_COUNT; i++) {
                long id = plantedIds.get(i);
                Planted p = Planted.ALL.get(i);
                boolean luceneOther = portalTop10(p.query()).contains(id);
                boolean sqlOther = sqlTop10(c, p.query()).contains(id);
                boolean luceneSame = portalTop10(p.sameForms()).contains(id);
                boolean sqlSame = sqlTop10(c, p.sameForms()).contains(id);
                report.wordForms[0] += luceneOther ? 1 : 0;
                report.wordForms[1] += sqlOther ? 1 : 0;
                report.wordForms[2] += luceneSame ? 1 : 0;
                report.wordForms[3] += sqlSame ? 1 : 0;
                System.out.printf("  %2d  Lucene %s  FULLTEXT %s  «%s» → «%s»%s%n", i + 1, luceneOther ? "+" : "-",
                        sqlOther ? "+" : "-", p.sentence(), p.query(),
                        luceneSame && sqlSame ? "" : "  (same forms: Lucene " + (luceneSame ? "+" : "-")
                                + ", FULLTEXT " + (sqlSame ? "+" : "-") + ")");
            }
        }
    }

    private List<Long> portalTop10(String q) throws Exception {
        JsonObject result = DiagnosticsBenchmark.json(get("practices/search?size=10&q="
                + URLEncoder.encode(q, StandardCharsets.UTF_8), token));
        return result.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(o -> Long.parseLong(DiagnosticsBenchmark.text(o.get("id")))).toList();
    }

    private static List<Long> sqlTop10(Connection c, String q) throws SQLException {
        return sqlSearch(c, new Query(q, null, null, null), false);
    }

    // ================================================================ timing

    enum Mix {
        FACETED("text + subject + level + competency"), TEXT("text only");

        final String label;

        Mix(String label) {
            this.label = label;
        }
    }

    /** One search: words and, for the faceted mix, a subject, a level and a competency. */
    record Query(String q, String subject, String level, String competency) {

        static Query random(Random random, Corpus corpus, boolean faceted) {
            int words = 1 + random.nextInt(3);
            Set<String> picked = new LinkedHashSet<>();
            while (picked.size() < words) {
                picked.add(Vocabulary.QUERY_WORDS[random.nextInt(Vocabulary.QUERY_WORDS.length)]);
            }
            String q = String.join(" ", picked);
            if (!faceted) {
                return new Query(q, null, null, null);
            }
            return new Query(q, Generator.pickSubject(random),
                    Generator.LEVELS[random.nextInt(Generator.LEVELS.length)],
                    corpus.generalCompetencies.get(random.nextInt(corpus.generalCompetencies.size())));
        }

        String path() {
            StringBuilder s = new StringBuilder("practices/search?size=10&q=")
                    .append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            if (subject != null) {
                s.append("&subject=").append(subject).append("&level=").append(level)
                        .append("&competency=").append(competency);
            }
            return s.toString();
        }

        SearchRequest request(Long personId) {
            Map<FacetDimension, Set<String>> filters = new EnumMap<>(FacetDimension.class);
            if (subject != null) {
                filters.put(FacetDimension.SUBJECT, Set.of(subject));
                filters.put(FacetDimension.LEVEL, Set.of(level));
                filters.put(FacetDimension.COMPETENCY, Set.of(competency));
            }
            return new SearchRequest(q, filters, personId, 0, 10);
        }
    }

    static final class Series {
        final String system;
        final Mix mix;
        /** CPU time of whoever answers (the portal's JVM, mariadbd, or this thread), nanoseconds; null if unknown. */
        java.util.function.LongSupplier cpu;
        long[] sequential;
        long[] concurrent;
        double throughput;
        double matches;
        double cpuMs = -1;
        final AtomicInteger fuzzy = new AtomicInteger();
        String load;

        Series(String system, Mix mix) {
            this.system = system;
            this.mix = mix;
        }
    }

    private interface Timed {
        /** Runs the query and returns its total of matches (or -1 when not looked at). */
        long run(Query query, boolean look) throws Exception;
    }

    /** Per-thread state for the timed call (an HTTP client needs none, a JDBC series a connection). */
    private interface TimedFactory {
        Timed open() throws Exception;

        default void close(Timed timed) throws Exception {
        }
    }

    private static void time(List<Query> list, int warmup, int queries, int clients, Series series,
                             TimedFactory factory) throws Exception {
        Timed one = factory.open();
        try {
            for (int i = 0; i < warmup; i++) {
                one.run(list.get(i), false);
            }
            series.load = loadAverage();
            long cpu0 = series.cpu == null ? 0 : series.cpu.getAsLong();
            long[] nanos = new long[queries];
            long matches = 0;
            int done = 0;
            long began = System.nanoTime();
            for (int i = 0; i < queries && (i < MIN_TIMED || System.nanoTime() - began < SERIES_NANOS); i++) {
                long t = System.nanoTime();
                long total = one.run(list.get(WARMUP + i), true);
                nanos[i] = System.nanoTime() - t;
                matches = matches < 0 || total < 0 ? -1 : matches + total;
                done++;
            }
            series.sequential = Arrays.copyOf(nanos, done);
            series.matches = matches < 0 ? -1 : (double) matches / done;
            if (series.cpu != null) {
                series.cpuMs = (series.cpu.getAsLong() - cpu0) / 1e6 / done;
            }
        } finally {
            factory.close(one);
        }
        // Throughput: the same queries, clients at once, each its own slice.
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long[] nanos = new long[queries];
            AtomicInteger next = new AtomicInteger();
            List<Future<?>> futures = new ArrayList<>();
            long began = System.nanoTime();
            for (int t = 0; t < clients; t++) {
                futures.add(pool.submit(() -> {
                    Timed timed = factory.open();
                    try {
                        while (System.nanoTime() - began < SERIES_NANOS || next.get() < MIN_TIMED) {
                            int i = next.getAndIncrement();
                            if (i >= queries) {
                                break;
                            }
                            long s = System.nanoTime();
                            timed.run(list.get(WARMUP + i), false);
                            nanos[i] = System.nanoTime() - s;
                        }
                    } finally {
                        factory.close(timed);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            int done = Math.min(next.get(), queries);
            series.throughput = done / ((System.nanoTime() - began) / 1e9);
            series.concurrent = Arrays.copyOf(nanos, done);
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("  %-48s %-38s p95 %7.1f ms, %6.0f q/s (load average %s)%n", series.system,
                series.mix.label, percentile(sorted(series.sequential), 0.95), series.throughput, series.load);
    }

    private void timePortal(List<Query> list, int queries, int clients, Series series) throws Exception {
        long pid = portalPid();
        series.cpu = pid < 0 ? null : () -> processCpuNanos(pid);
        time(list, WARMUP, queries, clients, series, () -> (query, look) -> {
            HttpResponse<String> r = http.send(request(query.path()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("GET " + query.path() + " answered " + r.statusCode() + ": " + r.body());
            }
            if (!look) {
                return -1;
            }
            JsonObject result = DiagnosticsBenchmark.json(r.body());
            if (result.getBoolean("fuzzy", false)) {
                series.fuzzy.incrementAndGet();
            }
            return result.getJsonNumber("total").longValue();
        });
    }

    private void timeLocal(PracticeIndex index, List<Query> list, int queries, int clients, Series series)
            throws Exception {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        series.cpu = threads::getCurrentThreadCpuTime;
        time(list, WARMUP, queries, clients, series, () -> (query, look) -> {
            var result = index.search(query.request(teacherPersonId));
            if (look && result.fuzzy()) {
                series.fuzzy.incrementAndGet();
            }
            return result.total();
        });
    }

    // ================================================================ processes

    private static long mariadbPid = -1;

    /** The portal's Payara Micro, started by the launcher with {@code --rootdir <trajectory.home>/payara}. */
    private long portalPid() {
        String rootDir = home.resolve("payara").toAbsolutePath().normalize().toString();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    List<String> args = Arrays.asList(new String(Files.readAllBytes(process.resolve("cmdline")),
                            StandardCharsets.UTF_8).split("\0"));
                    int at = args.indexOf("--rootdir");
                    if (at >= 0 && at + 1 < args.size() && rootDir.equals(args.get(at + 1))) {
                        return Long.parseLong(process.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    /** User + system CPU of a process from /proc (clock ticks of 10 ms). */
    static long processCpuNanos(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private void timeSql(List<Query> list, int queries, int clients, boolean facets, Series series) throws Exception {
        long pid = mariadbPid;
        series.cpu = pid < 0 ? null : () -> processCpuNanos(pid);
        Map<Timed, Connection> connections = new java.util.concurrent.ConcurrentHashMap<>();
        time(list, SQL_WARMUP, queries, clients, series, new TimedFactory() {
            @Override
            public Timed open() throws Exception {
                Connection c = connect();
                Timed timed = (query, look) -> {
                    List<Long> top = sqlSearch(c, query, facets);
                    return facets ? top.get(top.size() - 1) : -1;
                };
                connections.put(timed, c);
                return timed;
            }

            @Override
            public void close(Timed timed) throws Exception {
                connections.remove(timed).close();
            }
        });
    }

    /**
     * MariaDB's answer to the same search: the top 10 published practices by FULLTEXT relevance
     * among those with the filters; with {@code facets}, also the total and the counts of the three
     * filtered facets over the matching practices (appended to the ids, the total last).
     */
    static List<Long> sqlSearch(Connection c, Query query, boolean facets) throws SQLException {
        String where = " WHERE " + MATCH + " AND p.status = 'PUBLISHED'" + (query.subject() == null ? ""
                : " AND EXISTS (SELECT 1 FROM practice_subject f WHERE f.practice_id = p.id AND f.subject_code = ?)"
                + " AND EXISTS (SELECT 1 FROM practice_level f WHERE f.practice_id = p.id AND f.level = ?)"
                + " AND EXISTS (SELECT 1 FROM practice_competency f WHERE f.practice_id = p.id "
                + "AND f.competency_code = ?)");
        List<Long> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT p.id, " + MATCH + " AS score FROM practice p" + where
                + " ORDER BY score DESC LIMIT 10")) {
            bind(s, 1, query, true);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getLong(1));
                }
            }
        }
        if (!facets) {
            return out;
        }
        String sql = "SELECT 'subject', x.subject_code, COUNT(*) FROM practice p JOIN practice_subject x "
                + "ON x.practice_id = p.id" + where + " GROUP BY x.subject_code"
                + " UNION ALL SELECT 'level', x.level, COUNT(*) FROM practice p JOIN practice_level x "
                + "ON x.practice_id = p.id" + where + " GROUP BY x.level"
                + " UNION ALL SELECT 'competency', x.competency_code, COUNT(*) FROM practice p JOIN practice_competency x "
                + "ON x.practice_id = p.id" + where + " GROUP BY x.competency_code"
                + " UNION ALL SELECT 'total', '', COUNT(*) FROM practice p" + where;
        long total = 0;
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int at = 1;
            for (int i = 0; i < 4; i++) {
                at = bind(s, at, query, false);
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if ("total".equals(r.getString(1))) {
                        total = r.getLong(3);
                    }
                }
            }
        }
        out.add(total);
        return out;
    }

    private static int bind(PreparedStatement s, int at, Query query, boolean scoreToo) throws SQLException {
        if (scoreToo) {
            s.setString(at++, query.q());
        }
        s.setString(at++, query.q());
        if (query.subject() != null) {
            s.setString(at++, query.subject());
            s.setString(at++, query.level());
            s.setString(at++, query.competency());
        }
        return at;
    }

    static long[] sorted(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        return s;
    }

    static double percentile(long[] sorted, double p) {
        return DiagnosticsBenchmark.percentile(sorted, p);
    }

    // ================================================================ HTTP

    private String token(String login) throws Exception {
        return new DiagnosticsBenchmark(api.substring(0, api.length() - "/api/v1/".length())).token(login);
    }

    private String get(String path, String bearer) throws Exception {
        HttpResponse<String> r = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + r.statusCode() + ": " + r.body());
        }
        return r.body();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(api + path)).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").header("Authorization", "Bearer " + token);
    }

    // ================================================================ report

    static final class Report {
        TopUp topUp;
        long practices;
        long published;
        double fulltextBuildSeconds;
        long fulltextBytes;
        long portalDrained;
        double portalDrainSeconds;
        long portalRebuilt;
        double portalRebuildSeconds;
        long portalIndexBytes;
        String load;
        long localIndexed;
        double localSeconds;
        long localIndexBytes;
        String localRecorded;
        double generationSeconds;
        double averageWords;
        final int[] wordForms = new int[4];
        final List<Series> series = new ArrayList<>();
        double minutes;

        void print(int clients) {
            System.out.printf("%n=== Practice search: %d generated practices (%d published in all), ~%.0f words each ===%n",
                    practices, published, averageWords);
            if (topUp.added() > 0) {
                System.out.printf("Top-up over JDBC: %d practices in %.1f s (%.0f/s)%n", topUp.added(),
                        topUp.seconds(), topUp.added() / topUp.seconds());
            }
            System.out.println();
            System.out.println("Indexing                                        practices   time        rate         size on disk");
            if (portalDrained > 0) {
                System.out.printf("  portal, outbox drain (a commit per practice)  %9d  %8.1f s  %7.1f /s%n",
                        portalDrained, portalDrainSeconds, portalDrained / portalDrainSeconds);
            }
            if (portalRebuilt > 0) {
                System.out.printf("  portal, last start-up rebuild (server.log)    %9d  %8.1f s  %7.1f /s%n",
                        portalRebuilt, portalRebuildSeconds, portalRebuilt / portalRebuildSeconds);
            }
            System.out.printf("  portal index now                              %9d  %10s  %9s  %s%n",
                    published, "", "", mib(portalIndexBytes));
            if (localIndexed > 0) {
                System.out.printf("  in process, PracticeIndex.rebuild             %9d  %8.1f s  %7.1f /s  %s"
                                + "   (generating the text alone: %.1f s%s)%n", localIndexed, localSeconds,
                        localIndexed / localSeconds, mib(localIndexBytes), generationSeconds,
                        localRecorded == null ? "" : "; recorded " + localRecorded);
            }
            System.out.printf("  MariaDB FULLTEXT (ALTER TABLE … ADD FULLTEXT) %9d  %10s  %9s  %s%n", published,
                    fulltextBuildSeconds > 0 ? String.format("%.1f s", fulltextBuildSeconds) : "(existed)",
                    fulltextBuildSeconds > 0 ? String.format("%.1f /s", published / fulltextBuildSeconds) : "—",
                    mib(fulltextBytes));

            System.out.printf("%nWord-form queries (planted practice in the top 10), %d pairs%n", PLANTED_COUNT);
            System.out.printf("  other forms of the words:  Lucene %d/%d (%.0f %%)   FULLTEXT %d/%d (%.0f %%)%n",
                    wordForms[0], PLANTED_COUNT, 100.0 * wordForms[0] / PLANTED_COUNT,
                    wordForms[1], PLANTED_COUNT, 100.0 * wordForms[1] / PLANTED_COUNT);
            System.out.printf("  the sentence's own forms:  Lucene %d/%d (%.0f %%)   FULLTEXT %d/%d (%.0f %%)%n",
                    wordForms[2], PLANTED_COUNT, 100.0 * wordForms[2] / PLANTED_COUNT,
                    wordForms[3], PLANTED_COUNT, 100.0 * wordForms[3] / PLANTED_COUNT);

            System.out.printf("%nLatency, one client (ms)                                 n     p50     p95     p99  "
                    + "CPU ms/q  matches fuzzy | %d clients: q/s    p95 | load average%n", clients);
            for (Mix mix : Mix.values()) {
                System.out.println("  " + mix.label + ":");
                Series portal = null;
                for (Series s : series) {
                    if (s.mix != mix) {
                        continue;
                    }
                    long[] seq = sorted(s.sequential);
                    long[] con = sorted(s.concurrent);
                    double p95 = percentile(seq, 0.95);
                    String note = "";
                    if (portal == null) {
                        portal = s;
                        note = p95 <= P95_TARGET_MS ? "  target p95 ≤ 15 ms: ok" : "  target p95 ≤ 15 ms: MISSED";
                    } else {
                        double ratio = p95 / percentile(sorted(portal.sequential), 0.95);
                        note = String.format("  p95 ×%.2f of the portal's", ratio);
                    }
                    System.out.printf("    %-44s %5d %7.1f %7.1f %7.1f %8s %8s %4.0f%% | %8.0f %7.1f | %s%s%n",
                            s.system, seq.length, percentile(seq, 0.50), p95, percentile(seq, 0.99),
                            s.cpuMs < 0 ? "—" : String.format("%.1f", s.cpuMs),
                            s.matches < 0 ? "—" : String.format("%.0f", s.matches),
                            100.0 * s.fuzzy.get() / seq.length, s.throughput, percentile(con, 0.95), s.load, note);
                }
            }
            System.out.printf("%nThe whole run took %.1f min.%n", minutes);
        }

        private static String mib(long bytes) {
            return bytes < 0 ? "—" : String.format("%.1f MiB", bytes / 1048576.0);
        }
    }

    // ================================================================ generated practices

    /** What the database offers the generator: the region, its schools and staff, the codes. */
    static final class Corpus {
        long regionId;
        final List<long[]> schools = new ArrayList<>();
        final Map<Long, String> municipalityBySchool = new HashMap<>();
        final Map<Long, List<Long>> staffBySchool = new HashMap<>();
        final List<String> generalCompetencies = new ArrayList<>();
        final Map<String, List<String>> subjectCompetencies = new HashMap<>();
        final Set<String> subjects = new HashSet<>();

        static Corpus load(Connection c) throws SQLException {
            Corpus corpus = new Corpus();
            corpus.regionId = scalar(c, "SELECT COALESCE((SELECT id FROM region WHERE code = 'SO'), "
                    + "(SELECT MIN(id) FROM region))");
            try (PreparedStatement s = c.prepareStatement("SELECT s.id, m.name FROM school s JOIN municipality m "
                    + "ON m.id = s.municipality_id WHERE m.region_id = ? ORDER BY s.id")) {
                s.setLong(1, corpus.regionId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        corpus.schools.add(new long[] {r.getLong(1)});
                        corpus.municipalityBySchool.put(r.getLong(1), r.getString(2));
                    }
                }
            }
            if (corpus.schools.isEmpty()) {
                throw new IllegalStateException("The region has no schools: is the demo region loaded?");
            }
            try (PreparedStatement s = c.prepareStatement("SELECT p.id, p.school_id FROM person p JOIN school s "
                    + "ON s.id = p.school_id JOIN municipality m ON m.id = s.municipality_id WHERE m.region_id = ? "
                    + "ORDER BY p.id")) {
                s.setLong(1, corpus.regionId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        corpus.staffBySchool.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(r.getLong(1));
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT DISTINCT c.code, "
                    + "c.subject_code FROM competency c JOIN competency_framework f ON f.id = c.framework_id "
                    + "WHERE f.status = 'PUBLISHED' ORDER BY c.code")) {
                while (r.next()) {
                    if (r.getString(2) == null) {
                        corpus.generalCompetencies.add(r.getString(1));
                    } else {
                        corpus.subjectCompetencies.computeIfAbsent(r.getString(2), k -> new ArrayList<>())
                                .add(r.getString(1));
                    }
                }
            }
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT code FROM subject")) {
                while (r.next()) {
                    corpus.subjects.add(r.getString(1));
                }
            }
            if (corpus.generalCompetencies.isEmpty()) {
                throw new IllegalStateException("No published competency framework");
            }
            for (String code : Generator.SUBJECT_GENITIVE.keySet()) {
                if (!corpus.subjects.contains(code)) {
                    throw new IllegalStateException("Subject " + code + " is not in the subject table");
                }
            }
            return corpus;
        }
    }

    /** One generated practice, before it gets its database id. */
    static final class Generated {
        String title;
        String summary;
        String problem;
        String evidence;
        final List<String> paragraphs = new ArrayList<>();
        long schoolId;
        long regionId;
        Long authorId;
        LocalDateTime createdAt;
        LocalDateTime publishedAt;
        java.math.BigDecimal score;
        final Set<String> subjects = new LinkedHashSet<>();
        final Set<String> levels = new LinkedHashSet<>();
        final Set<String> competencies = new LinkedHashSet<>();
        final Set<String> tags = new LinkedHashSet<>();
        final Set<String> targetGroups = new LinkedHashSet<>();

        String bodyHtml() {
            return paragraphs.stream().map(p -> "<p>" + p + "</p>").collect(Collectors.joining("\n"));
        }

        int words() {
            return Stream.of(title, summary, problem, evidence, String.join(" ", paragraphs))
                    .mapToInt(t -> t.split("\\s+").length).sum();
        }

        /** As PracticeDocuments would read it back: problem, plain body and evidence are searched as the body. */
        PracticeDocument document(long id, Corpus corpus) {
            String text = problem + "\n" + String.join("\n", paragraphs) + "\n" + evidence;
            return new PracticeDocument(id, title, summary, text, "", subjects, levels, competencies, tags,
                    targetGroups, corpus.municipalityBySchool.get(schoolId), publishedAt.getYear(),
                    PracticeDocument.PUBLISHED, authorId == null ? Set.of() : Set.of(authorId));
        }
    }

    static final class Generator {

        static final String[] LEVELS = {"NOO", "OOO", "SOO"};
        static final String[] TARGET_GROUPS = {"OVZ", "MIGRANT", "UNMOTIVATED", "GIFTED", "LOW_ACHIEVING", "AT_RISK"};
        static final Map<String, String> SUBJECT_GENITIVE = new LinkedHashMap<>();
        /** Relative frequency of subjects among practices: mathematics and Russian are written about most. */
        private static final Map<String, Integer> SUBJECT_WEIGHT = new LinkedHashMap<>();

        static {
            String[][] subjects = {
                {"MATH", "математики", "8"}, {"RUSSIAN", "русского языка", "7"}, {"PRIMARY", "окружающего мира", "6"},
                {"LITERATURE", "литературы", "4"}, {"INFORMATICS", "информатики", "3"}, {"PHYSICS", "физики", "3"},
                {"CHEMISTRY", "химии", "2"}, {"BIOLOGY", "биологии", "3"}, {"GEOGRAPHY", "географии", "2"},
                {"HISTORY", "истории", "3"}, {"SOCIAL", "обществознания", "2"}, {"ENGLISH", "английского языка", "3"},
                {"GERMAN", "немецкого языка", "1"}, {"PE", "физической культуры", "1"},
                {"ARTS", "изобразительного искусства", "1"}, {"MUSIC", "музыки", "1"}, {"TECHNOLOGY", "труда", "1"},
                {"SAFETY", "основ безопасности", "1"}};
            for (String[] s : subjects) {
                SUBJECT_GENITIVE.put(s[0], s[1]);
                SUBJECT_WEIGHT.put(s[0], Integer.parseInt(s[2]));
            }
        }

        private static final int WEIGHT_SUM = SUBJECT_WEIGHT.values().stream().mapToInt(Integer::intValue).sum();

        static String pickSubject(Random random) {
            int at = random.nextInt(WEIGHT_SUM);
            for (Map.Entry<String, Integer> e : SUBJECT_WEIGHT.entrySet()) {
                at -= e.getValue();
                if (at < 0) {
                    return e.getKey();
                }
            }
            return "MATH";
        }

        /** Practice k is always the same: its generator is seeded with k. */
        static Generated practice(int k, Corpus corpus) {
            Random r = new Random(0x5EED_0000L + k * 7919L);
            Generated g = new Generated();
            String subject = pickSubject(r);
            g.subjects.add(subject);
            if (r.nextInt(5) == 0) {
                g.subjects.add(pickSubject(r));
            }
            String setting = "на уроках " + SUBJECT_GENITIVE.get(subject);
            int level = "PRIMARY".equals(subject) ? 0 : r.nextInt(3);
            g.levels.add(LEVELS[level]);
            if (r.nextInt(10) < 3) {
                g.levels.add(LEVELS[Math.min(2, level + 1)]);
            }
            int competencies = 1 + r.nextInt(3);
            for (int i = 0; i < competencies; i++) {
                g.competencies.add(corpus.generalCompetencies.get(r.nextInt(corpus.generalCompetencies.size())));
            }
            List<String> own = corpus.subjectCompetencies.get(subject);
            if (own != null && r.nextBoolean()) {
                g.competencies.add(own.get(r.nextInt(own.size())));
            }
            int tags = 2 + r.nextInt(2);
            while (g.tags.size() < tags) {
                g.tags.add(Vocabulary.TAGS[r.nextInt(Vocabulary.TAGS.length)]);
            }
            g.tags.add(MARKER_TAG);
            if (r.nextInt(10) < 4) {
                g.targetGroups.add(TARGET_GROUPS[r.nextInt(TARGET_GROUPS.length)]);
            }
            long school = corpus.schools.get(r.nextInt(corpus.schools.size()))[0];
            g.schoolId = school;
            g.regionId = corpus.regionId;
            List<Long> staff = corpus.staffBySchool.get(school);
            g.authorId = staff == null || staff.isEmpty() ? null : staff.get(r.nextInt(staff.size()));
            g.publishedAt = LocalDateTime.of(2021, 1, 11, 9, 0).plusMinutes(r.nextInt(5 * 365 * 24 * 60));
            g.createdAt = g.publishedAt.minusDays(3 + r.nextInt(60));
            g.score = r.nextInt(4) == 0 ? null : java.math.BigDecimal.valueOf(300 + r.nextInt(201), 2);

            Vocabulary.Phrase topic = Vocabulary.PHRASES[r.nextInt(Vocabulary.PHRASES.length)];
            g.title = capital(topic.form(0) + " " + (r.nextBoolean() ? setting : Vocabulary.pick(r, Vocabulary.SETTINGS)))
                    + (r.nextInt(3) == 0 ? ": " + Vocabulary.pick(r, Vocabulary.TITLE_TAILS) : "");
            g.summary = sentence(r, setting, topic) + " " + sentence(r, setting, null);
            g.problem = "Проблема: " + Vocabulary.pick(r, Vocabulary.PROBLEMS) + " " + sentence(r, setting, topic);
            g.evidence = "Результаты: " + sentence(r, setting, null) + " " + sentence(r, setting, topic);
            int words = count(g.title) + count(g.summary) + count(g.problem) + count(g.evidence);
            int target = 270 + r.nextInt(61);
            List<String> sentences = new ArrayList<>();
            while (words < target) {
                String s = sentence(r, setting, r.nextInt(4) == 0 ? topic : null);
                sentences.add(s);
                words += count(s);
            }
            Planted planted = Planted.forPractice(k);
            if (planted != null) {
                sentences.add(r.nextInt(sentences.size() + 1), planted.sentence());
            }
            for (int from = 0; from < sentences.size(); ) {
                int to = Math.min(sentences.size(), from + 4 + r.nextInt(4));
                g.paragraphs.add(String.join(" ", sentences.subList(from, to)));
                from = to;
            }
            return g;
        }

        private static int count(String text) {
            return text.split("\\s+").length;
        }

        static String capital(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        /** One sentence from a template; {@code topic}, when given, is the practice's main phrase. */
        static String sentence(Random r, String setting, Vocabulary.Phrase topic) {
            Vocabulary.Phrase a = topic != null ? topic : Vocabulary.pick(r, Vocabulary.PHRASES);
            Vocabulary.Phrase b = Vocabulary.pick(r, Vocabulary.PHRASES);
            Vocabulary.Agent who = Vocabulary.pick(r, Vocabulary.AGENTS);
            Vocabulary.Verb verb = Vocabulary.pick(r, Vocabulary.VERBS);
            String where = r.nextBoolean() ? setting : Vocabulary.pick(r, Vocabulary.SETTINGS);
            String s = switch (r.nextInt(14)) {
                case 0 -> who.nom + " " + verb.present(who.plural) + " " + a.form(3) + " " + where;
                case 1 -> "Для " + a.form(1) + " мы " + verb.form(5) + " " + b.form(3);
                case 2 -> "Особое внимание уделяется " + a.form(2) + " и " + b.form(2);
                case 3 -> "Практика основана на " + a.form(5) + " " + where;
                case 4 -> "В ходе " + a.form(1) + " " + who.nom + " " + verb.past(who.plural) + " " + b.form(3);
                case 5 -> "Результаты показали рост " + a.form(1) + " у " + who.gen;
                case 6 -> "Работа с " + a.form(4) + " позволяет " + verb.form(0) + " " + b.form(3);
                case 7 -> capital(who.dat) + " важно " + verb.form(0) + " " + a.form(3) + " " + where;
                case 8 -> "На этапе " + a.form(1) + " " + who.nom + " " + verb.present(who.plural) + " " + b.form(3);
                case 9 -> "Через " + a.form(3) + " " + who.nom + " " + verb.past(who.plural) + " " + b.form(3)
                        + " " + where;
                case 10 -> "Эффект " + a.form(1) + " особенно заметен " + where;
                case 11 -> "Для " + who.gen + " подготовлены материалы по " + a.form(2) + " и " + b.form(2);
                case 12 -> capital(where) + " " + who.nom + " " + verb.past(who.plural) + " " + a.form(3) + " и "
                        + b.form(3);
                default -> "Мы " + verb.form(5) + " " + a.form(3) + " с опорой на " + b.form(3) + " " + where;
            };
            return capital(s) + ".";
        }
    }

    /** Inflected phrases the generated texts are made of: morphology is what the comparison is about. */
    static final class Vocabulary {

        /** A noun phrase in six cases: nominative, genitive, dative, accusative, instrumental, prepositional. */
        record Phrase(String[] cases) {
            String form(int c) {
                return cases[c];
            }
        }

        record Agent(String nom, String gen, String dat, boolean plural) {
        }

        /** infinitive, 3rd singular, 3rd plural, past singular, past plural, 1st plural. */
        record Verb(String[] forms) {
            String form(int i) {
                return forms[i];
            }

            String present(boolean plural) {
                return forms[plural ? 2 : 1];
            }

            String past(boolean plural) {
                return forms[plural ? 4 : 3];
            }
        }

        static <T> T pick(Random r, T[] values) {
            return values[r.nextInt(values.length)];
        }

        static final Phrase[] PHRASES = Stream.of(
                "формирующее оценивание|формирующего оценивания|формирующему оцениванию|формирующее оценивание|формирующим оцениванием|формирующем оценивании",
                "функциональная грамотность|функциональной грамотности|функциональной грамотности|функциональную грамотность|функциональной грамотностью|функциональной грамотности",
                "читательская грамотность|читательской грамотности|читательской грамотности|читательскую грамотность|читательской грамотностью|читательской грамотности",
                "проектная деятельность|проектной деятельности|проектной деятельности|проектную деятельность|проектной деятельностью|проектной деятельности",
                "учебная мотивация|учебной мотивации|учебной мотивации|учебную мотивацию|учебной мотивацией|учебной мотивации",
                "критическое мышление|критического мышления|критическому мышлению|критическое мышление|критическим мышлением|критическом мышлении",
                "групповая работа|групповой работы|групповой работе|групповую работу|групповой работой|групповой работе",
                "обратная связь|обратной связи|обратной связи|обратную связь|обратной связью|обратной связи",
                "смысловое чтение|смыслового чтения|смысловому чтению|смысловое чтение|смысловым чтением|смысловом чтении",
                "учебное исследование|учебного исследования|учебному исследованию|учебное исследование|учебным исследованием|учебном исследовании",
                "цифровой ресурс|цифрового ресурса|цифровому ресурсу|цифровой ресурс|цифровым ресурсом|цифровом ресурсе",
                "индивидуальный маршрут|индивидуального маршрута|индивидуальному маршруту|индивидуальный маршрут|индивидуальным маршрутом|индивидуальном маршруте",
                "образовательный результат|образовательного результата|образовательному результату|образовательный результат|образовательным результатом|образовательном результате",
                "предметные результаты|предметных результатов|предметным результатам|предметные результаты|предметными результатами|предметных результатах",
                "метапредметные умения|метапредметных умений|метапредметным умениям|метапредметные умения|метапредметными умениями|метапредметных умениях",
                "учебная задача|учебной задачи|учебной задаче|учебную задачу|учебной задачей|учебной задаче",
                "практическая работа|практической работы|практической работе|практическую работу|практической работой|практической работе",
                "критерии оценивания|критериев оценивания|критериям оценивания|критерии оценивания|критериями оценивания|критериях оценивания",
                "самостоятельная работа|самостоятельной работы|самостоятельной работе|самостоятельную работу|самостоятельной работой|самостоятельной работе",
                "контрольная работа|контрольной работы|контрольной работе|контрольную работу|контрольной работой|контрольной работе",
                "домашнее задание|домашнего задания|домашнему заданию|домашнее задание|домашним заданием|домашнем задании",
                "учебный диалог|учебного диалога|учебному диалогу|учебный диалог|учебным диалогом|учебном диалоге",
                "рабочий лист|рабочего листа|рабочему листу|рабочий лист|рабочим листом|рабочем листе",
                "проблемная ситуация|проблемной ситуации|проблемной ситуации|проблемную ситуацию|проблемной ситуацией|проблемной ситуации",
                "образовательная среда|образовательной среды|образовательной среде|образовательную среду|образовательной средой|образовательной среде",
                "родительское собрание|родительского собрания|родительскому собранию|родительское собрание|родительским собранием|родительском собрании",
                "педагогический совет|педагогического совета|педагогическому совету|педагогический совет|педагогическим советом|педагогическом совете",
                "внеурочная деятельность|внеурочной деятельности|внеурочной деятельности|внеурочную деятельность|внеурочной деятельностью|внеурочной деятельности",
                "учебное сотрудничество|учебного сотрудничества|учебному сотрудничеству|учебное сотрудничество|учебным сотрудничеством|учебном сотрудничестве",
                "познавательный интерес|познавательного интереса|познавательному интересу|познавательный интерес|познавательным интересом|познавательном интересе",
                "типичные ошибки|типичных ошибок|типичным ошибкам|типичные ошибки|типичными ошибками|типичных ошибках",
                "диагностическая работа|диагностической работы|диагностической работе|диагностическую работу|диагностической работой|диагностической работе",
                "учебный проект|учебного проекта|учебному проекту|учебный проект|учебным проектом|учебном проекте",
                "текстовые задачи|текстовых задач|текстовым задачам|текстовые задачи|текстовыми задачами|текстовых задачах",
                "естественно-научная грамотность|естественно-научной грамотности|естественно-научной грамотности|естественно-научную грамотность|естественно-научной грамотностью|естественно-научной грамотности",
                "эмоциональное благополучие|эмоционального благополучия|эмоциональному благополучию|эмоциональное благополучие|эмоциональным благополучием|эмоциональном благополучии",
                "школьная неуспешность|школьной неуспешности|школьной неуспешности|школьную неуспешность|школьной неуспешностью|школьной неуспешности",
                "дифференцированное обучение|дифференцированного обучения|дифференцированному обучению|дифференцированное обучение|дифференцированным обучением|дифференцированном обучении",
                "учебные достижения|учебных достижений|учебным достижениям|учебные достижения|учебными достижениями|учебных достижениях",
                "лабораторный опыт|лабораторного опыта|лабораторному опыту|лабораторный опыт|лабораторным опытом|лабораторном опыте",
                "игровая технология|игровой технологии|игровой технологии|игровую технологию|игровой технологией|игровой технологии",
                "учебные навыки|учебных навыков|учебным навыкам|учебные навыки|учебными навыками|учебных навыках",
                "открытый урок|открытого урока|открытому уроку|открытый урок|открытым уроком|открытом уроке",
                "электронный журнал|электронного журнала|электронному журналу|электронный журнал|электронным журналом|электронном журнале",
                "профессиональное сообщество|профессионального сообщества|профессиональному сообществу|профессиональное сообщество|профессиональным сообществом|профессиональном сообществе")
                .map(s -> new Phrase(s.split("\\|"))).toArray(Phrase[]::new);

        static final Agent[] AGENTS = {
            new Agent("учитель", "учителя", "учителю", false), new Agent("учителя", "учителей", "учителям", true),
            new Agent("педагог", "педагога", "педагогу", false), new Agent("педагоги", "педагогов", "педагогам", true),
            new Agent("обучающиеся", "обучающихся", "обучающимся", true),
            new Agent("школьники", "школьников", "школьникам", true), new Agent("ученики", "учеников", "ученикам", true),
            new Agent("ученик", "ученика", "ученику", false), new Agent("наставник", "наставника", "наставнику", false),
            new Agent("классный руководитель", "классного руководителя", "классному руководителю", false),
            new Agent("методист", "методиста", "методисту", false), new Agent("родители", "родителей", "родителям", true),
            new Agent("команда школы", "команды школы", "команде школы", false),
            new Agent("молодые специалисты", "молодых специалистов", "молодым специалистам", true),
            new Agent("заместитель директора", "заместителя директора", "заместителю директора", false)};

        static final Verb[] VERBS = Stream.of(
                "формировать|формирует|формируют|формировал|формировали|формируем",
                "развивать|развивает|развивают|развивал|развивали|развиваем",
                "оценивать|оценивает|оценивают|оценивал|оценивали|оцениваем",
                "применять|применяет|применяют|применял|применяли|применяем",
                "использовать|использует|используют|использовал|использовали|используем",
                "организовать|организует|организуют|организовал|организовали|организуем",
                "обсуждать|обсуждает|обсуждают|обсуждал|обсуждали|обсуждаем",
                "анализировать|анализирует|анализируют|анализировал|анализировали|анализируем",
                "планировать|планирует|планируют|планировал|планировали|планируем",
                "поддерживать|поддерживает|поддерживают|поддерживал|поддерживали|поддерживаем",
                "выстраивать|выстраивает|выстраивают|выстраивал|выстраивали|выстраиваем",
                "осваивать|осваивает|осваивают|осваивал|осваивали|осваиваем",
                "повышать|повышает|повышают|повышал|повышали|повышаем",
                "проектировать|проектирует|проектируют|проектировал|проектировали|проектируем",
                "сопровождать|сопровождает|сопровождают|сопровождал|сопровождали|сопровождаем",
                "отрабатывать|отрабатывает|отрабатывают|отрабатывал|отрабатывали|отрабатываем",
                "выявлять|выявляет|выявляют|выявлял|выявляли|выявляем",
                "преодолевать|преодолевает|преодолевают|преодолевал|преодолевали|преодолеваем",
                "проводить|проводит|проводят|проводил|проводили|проводим",
                "создавать|создаёт|создают|создавал|создавали|создаём",
                "закреплять|закрепляет|закрепляют|закреплял|закрепляли|закрепляем",
                "исследовать|исследует|исследуют|исследовал|исследовали|исследуем",
                "учитывать|учитывает|учитывают|учитывал|учитывали|учитываем",
                "обобщать|обобщает|обобщают|обобщал|обобщали|обобщаем")
                .map(s -> new Verb(s.split("\\|"))).toArray(Verb[]::new);

        static final String[] SETTINGS = {"в начальной школе", "в основной школе", "в старших классах",
            "во внеурочной деятельности", "на занятиях кружка", "в сельской школе", "в малокомплектной школе",
            "в течение учебного года", "на классном часе", "в пятых классах", "в девятом классе",
            "в одиннадцатом классе", "на дистанционных занятиях", "в инклюзивном классе", "в летнем лагере",
            "на консультациях", "в школьном музее", "на методическом объединении"};

        static final String[] TITLE_TAILS = {"опыт школы", "из опыта работы", "методические рекомендации",
            "система уроков", "модель сопровождения", "технологическая карта", "практикум для педагогов",
            "сетевой проект", "цикл занятий"};

        static final String[] PROBLEMS = {"у части обучающихся низкая учебная мотивация.",
            "результаты диагностики показали дефициты в функциональной грамотности.",
            "ученики не умеют оценивать собственную работу.",
            "в классе много детей с разным уровнем подготовки.",
            "педагоги испытывали трудности с организацией обратной связи.",
            "обучающиеся допускают типичные ошибки в текстовых задачах.",
            "в школе мало ресурсов для исследовательской работы.",
            "родители редко участвуют в жизни класса."};

        static final String[] TAGS = {"ФГОС", "функциональная грамотность", "ШНОР", "формирующее оценивание", "ОВЗ",
            "наставничество", "цифровые ресурсы", "проектная деятельность", "ГИА", "воспитание", "мотивация",
            "сельская школа", "инклюзия", "смысловое чтение", "критическое мышление", "работа с родителями",
            "дети-мигранты", "одарённые дети", "исследовательская деятельность", "игровые технологии",
            "обратная связь", "дифференциация", "ВПР", "внеурочная деятельность", "классное руководство",
            "здоровьесбережение", "профориентация", "сетевое взаимодействие"};

        /** What the timed queries are made of: words a teacher types, in various forms. */
        static final String[] QUERY_WORDS = {"оценивание", "формирующее", "оценивания", "грамотность", "функциональной",
            "читательская", "мотивация", "мотивации", "урок", "уроки", "уроках", "математика", "математики",
            "русский", "языка", "литература", "физика", "химия", "биология", "история", "проект", "проектная",
            "исследование", "задачи", "текстовые", "ошибки", "типичные", "обратная", "связь", "чтение", "смысловое",
            "мышление", "критическое", "дифференцированное", "обучение", "самостоятельная", "работа", "работы",
            "группа", "групповая", "диалог", "родители", "собрание", "наставник", "наставничество", "молодой",
            "учитель", "педагог", "маршрут", "индивидуальный", "рабочий", "лист", "игровые", "технологии",
            "внеурочная", "деятельность", "сельская", "школа", "малокомплектная", "благополучие", "неуспешность",
            "результаты", "достижения", "навыки", "опыт", "лабораторный", "цифровые", "ресурсы", "журнал",
            "сообщество", "диагностика", "контрольная", "домашнее", "задание", "ОВЗ", "ФГ", "ГИА", "ШНОР",
            "мигранты", "одаренные", "инклюзивный", "класс", "пятиклассники", "девятиклассники", "музей",
            "лагерь", "кружок"};
    }

    /**
     * A distinctive sentence planted into one generated practice, the query that asks for it in other
     * forms of its words, and (for the control) the sentence's own content words. Each query shares no
     * word form with its sentence, which {@link #check()} enforces, so MariaDB's FULLTEXT, matching
     * whole words, can find the practice only through other words that happen to be there too.
     */
    record Planted(String sentence, String query) {

        static final List<Planted> ALL = List.of(
                new Planted("Пятиклассники составляют лэпбуки по окружающему миру.",
                        "пятиклассник составил лэпбук окружающий мир"),
                new Planted("Скрайбинг помогает третьеклассникам запоминать словарные слова.",
                        "скрайбингом помогают третьекласснику запоминали словарное слово"),
                new Planted("Геокешинг по родному краю объединял восьмиклассников и их родителей.",
                        "геокешинга родной край объединяет восьмиклассники"),
                new Planted("Квиллинг развивает мелкую моторику первоклассников.",
                        "квиллингом развивают мелкой моторики первоклассник"),
                new Planted("Синквейны на уроках литературы учат девятиклассников обобщать прочитанное.",
                        "синквейн литература урок учить девятиклассник"),
                new Planted("Ментальные карты по биологии строили одиннадцатиклассники профильной группы.",
                        "ментальная карта строят одиннадцатиклассник профильная группа"),
                new Planted("Шестиклассники проводили дебаты о заповедниках Сибири.",
                        "дебатов шестиклассникам заповедник проводят"),
                new Planted("Робототехнический кружок увлёк семиклассниц из сельской школы.",
                        "робототехнического кружка увлекает семиклассница"),
                new Planted("Ребята сочиняли диафильмы о героях блокадного Ленинграда.",
                        "сочиняем диафильм герой блокадный ленинград"),
                new Planted("Десятиклассники исследуют микроорганизмы в школьной теплице.",
                        "десятиклассник исследовал микроорганизм школьные теплицы"),
                new Planted("Тьюторы сопровождают одарённых четвероклассников на олимпиадах.",
                        "тьютор сопровождает одаренного четвероклассника олимпиаде"),
                new Planted("Мультипликационные ролики снимали второклассники на уроках музыки.",
                        "мультипликационный ролик снимают второклассник музыка"),
                new Planted("Логопеды используют артикуляционную гимнастику с первоклассниками.",
                        "логопед использует артикуляционной гимнастики первоклассник"),
                new Planted("Краеведческие экспедиции школьного музея изучают старообрядческие деревни.",
                        "краеведческая экспедиция школьный музей изучал старообрядческую деревню"),
                new Planted("Театрализованные читки пьес Островского повышают читательский интерес.",
                        "театрализованная читка пьеса островский повысил читательского интереса"),
                new Planted("Ученики вели дневники наблюдений за перелётными птицами.",
                        "ученик ведет дневник наблюдения перелетная птица"),
                new Planted("Билингвальные уроки химии проводились на английском языке.",
                        "билингвальный урок химия проводится английский язык"),
                new Planted("Волонтёры-старшеклассники обучали пенсионеров компьютерной грамотности.",
                        "волонтер старшеклассник обучает пенсионер компьютерная грамотность"),
                new Planted("Эвристические беседы пробуждают любознательность у застенчивых детей.",
                        "эвристическая беседа пробуждает любознательности застенчивого ребенка"),
                new Planted("Кейсовые чемпионаты по финансовой грамотности собирают команды из соседних сёл.",
                        "кейсовый чемпионат финансовая грамотность собирает команду соседнее село"),
                new Planted("Подростки создавали подкасты о профессиях своих бабушек.",
                        "подросток создает подкаст профессия бабушка"),
                new Planted("Передвижной планетарий показывал школьникам движение созвездий.",
                        "передвижного планетария показывает школьник движения созвездие"),
                new Planted("Лингвистические головоломки тренируют внимание гимназистов.",
                        "лингвистическая головоломка тренировал вниманием гимназист"),
                new Planted("Игротехники разрабатывали настольные игры по истории казачества.",
                        "игротехник разрабатывает настольную игру история казачество"),
                new Planted("Учителя физики применяли лабораторные практикумы с цифровыми датчиками.",
                        "учитель физика применяет лабораторный практикум цифровой датчик"),
                new Planted("Логические задачи со спичками увлекали малышей из группы продлённого дня.",
                        "логическую задачу спички увлекают малыша продленный день"),
                new Planted("Шахматные турниры укрепят самообладание младших школьников.",
                        "шахматный турнир укрепит самообладания младшего школьника"),
                new Planted("Ученические стартапы оценивали представители местных предприятий.",
                        "ученический стартап оценивает представитель местное предприятие"),
                new Planted("Экологические акции по сбору батареек объединяют жителей посёлка.",
                        "экологическая акция сбор батарейка объединяет жители поселок"),
                new Planted("Иммерсивные экскурсии по картинной галерее вдохновляли юных художников.",
                        "иммерсивная экскурсия картинная галерея вдохновляет юного художника"),
                new Planted("Медиаторы школьной службы примирения разрешают конфликты между одноклассниками.",
                        "медиатор школьная служба примирение разрешает конфликт одноклассник"),
                new Planted("Кванториумы предлагают школьникам инженерные кейсы по беспилотникам.",
                        "кванториум предлагает школьнику инженерный кейс беспилотник"));

        static {
            if (ALL.size() != PLANTED_COUNT) {
                throw new IllegalStateException("PLANTED_COUNT is " + PLANTED_COUNT + ", pairs " + ALL.size());
            }
            ALL.forEach(Planted::check);
        }

        /** Planted practices are fixed by number, within the first 500, whatever the size asked for. */
        static int practiceIndex(int i) {
            return 7 + 13 * i;
        }

        static Planted forPractice(int k) {
            if (k < 7 || (k - 7) % 13 != 0 || (k - 7) / 13 >= ALL.size()) {
                return null;
            }
            return ALL.get((k - 7) / 13);
        }

        /** The sentence's own words minus short function words: the control query. */
        String sameForms() {
            return words(sentence).stream().filter(w -> w.length() > 3).collect(Collectors.joining(" "));
        }

        void check() {
            Set<String> own = new HashSet<>(words(sentence));
            for (String w : words(query)) {
                if (own.contains(w)) {
                    throw new IllegalStateException("«" + query + "» shares the form «" + w + "» with «" + sentence + "»");
                }
            }
        }

        private static List<String> words(String text) {
            return Arrays.stream(text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}]+"))
                    .filter(w -> !w.isEmpty()).toList();
        }
    }

}
