package ru.trajectory.practices.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.trajectory.testing.TestPractices.scores;

import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import ru.trajectory.testing.TestPractices;
import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.Eventually;
import ru.trajectory.testing.TestAccounts;

/**
 * «The index never lies»: the search index is only derived from the database, through the
 * transactional outbox, and recovers from being stopped half-way, from a crash between the index
 * commit and the cursor save, and from losing its folder; a rebuild never shows searchers a
 * partial bank. A restart is simulated by {@code POST /admin/search-index/reopen}, which opens
 * the index from disk exactly as a start does; the drain is stopped half-way by suspending it
 * and applying a single batch.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexRecoveryIT {

    private static final String PASSWORD = "search-recovery-1";
    private static final String ADMIN = "api/v1/admin/search-index";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Consonants only: no ending a stemmer would strip, so each made-up word stays itself. */
    private static final String LETTERS = "бвгджзклмнпрстфх";

    /** This class's own index folder: the tests wipe it and rewrite its cursor, which others must not see. */
    private static Path indexDir;

    @Deployment(testable = false)
    static WebArchive deployment() throws IOException {
        // Under target/ (failsafe sets java.io.tmpdir after the JVM's default temp folder is fixed).
        indexDir = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "search-recovery")
                .resolve("data");
        return Deployments.portal(
                "trajectory.search.index-dir=" + indexDir,
                // Batches of five outbox rows, so that one drain-once stops in the middle of a test's changes.
                "trajectory.search.batch=5",
                "trajectory.search.interval-seconds=1",
                // A rebuild reads two practices at a time with a pause between, so that it lasts long
                // enough to be searched during, however few practices the database holds.
                "trajectory.search.rebuild-chunk=2",
                "trajectory.search.rebuild-pause-millis=250");
    }

    @ArquillianResource
    URL base;

    @Test
    void onlyTheAdministratorManagesTheIndex() {
        ApiClient teacher = new ApiClient(base).as("teacher");
        assertEquals(403, teacher.get(ADMIN).status());
        for (String action : new String[] {"rebuild", "suspend", "resume", "reopen", "drain-once"}) {
            Response r = teacher.post(ADMIN + "/" + action, JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(403, r.status(), action + ": " + r.body());
        }
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        assertEquals(403, methodologist.post(ADMIN + "/rebuild", JsonValue.EMPTY_JSON_OBJECT).status());

        JsonObject status = admin().get(ADMIN).json();
        assertTrue(status.containsKey("rebuildPercent"), status.toString());
        assertTrue(status.getJsonNumber("databasePractices").longValue() >= 0, status.toString());
    }

    /**
     * Indexing stops half-way through 25 publications and 3 withdrawals; the index crashes after
     * committing a batch but before saving its cursor; after the restart every published practice
     * is found by a word of its title, and none of the withdrawn ones or the drafts.
     */
    @Test
    void indexingStoppedHalfWayCatchesUpAfterARestart() throws IOException {
        ApiClient admin = admin();
        Bank bank = new Bank();
        ready(admin);

        List<Long> withdrawn = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            withdrawn.add(bank.publish("Архивная практика " + bank.marker + " " + bank.word(100 + i)));
        }
        bank.awaitFound(bank.reader, Set.copyOf(withdrawn));
        awaitStatus(admin, "the outbox applied to its end", s -> s.getJsonNumber("outboxPending").longValue() == 0);

        Response suspended = admin.post(ADMIN + "/suspend", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, suspended.status(), suspended.body());
        assertTrue(suspended.json().getBoolean("suspended"));
        try {
            List<Long> fresh = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                fresh.add(bank.publish("Практика восстановления " + bank.marker + " " + bank.word(i)));
            }
            Set<Long> drafts = Set.of(bank.draft("Черновик " + bank.marker + " " + bank.word(200)),
                    bank.draft("Черновик " + bank.marker + " " + bank.word(201)));
            for (long id : withdrawn) {
                Response archived = bank.methodologist.post("api/v1/practices/" + id + "/archive",
                        JsonValue.EMPTY_JSON_OBJECT);
                assertEquals(200, archived.status(), archived.body());
            }
            assertEquals(Set.copyOf(withdrawn), bank.found(bank.reader, bank.marker).orElseThrow(),
                    "nothing reaches the index while indexing is suspended");

            long before = status(admin).getJsonNumber("cursor").longValue();
            Response drained = admin.post(ADMIN + "/drain-once", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, drained.status(), drained.body());
            assertEquals(5, drained.json().getInt("processed"), drained.body());
            assertTrue(drained.json().getJsonNumber("cursor").longValue() > before, drained.body());
            Set<Long> midway = bank.found(bank.reader, bank.marker).orElseThrow();
            Set<Long> freshMidway = new HashSet<>(midway);
            freshMidway.retainAll(fresh);
            assertFalse(freshMidway.isEmpty(), "one batch made some new practices searchable: " + midway);
            assertTrue(freshMidway.size() < fresh.size(), "but not all of them: " + midway);
            assertTrue(midway.containsAll(withdrawn), "the withdrawals were not applied yet: " + midway);

            // The crash: the index has committed the batch, the cursor file still names the row before it.
            Path cursorFile = indexDir.resolve("outbox.cursor");
            List<String> lines = Files.readAllLines(cursorFile, StandardCharsets.UTF_8);
            Files.writeString(cursorFile, before + "\n" + lines.get(1) + "\n", StandardCharsets.UTF_8);

            Response reopened = admin.post(ADMIN + "/reopen", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, reopened.status(), reopened.body());
            JsonObject restarted = reopened.json();
            assertTrue(restarted.getBoolean("searchable"), "an index that has content answers at once: " + restarted);
            assertTrue(restarted.getJsonNumber("cursor").longValue() <= before, "rewound: " + restarted);
            assertTrue(restarted.getBoolean("suspended"), "suspension is the operator's, not the index's");
            assertEquals(midway, bank.found(bank.reader, bank.marker).orElseThrow(),
                    "the restarted index has what was committed before the crash");

            Response resumed = admin.post(ADMIN + "/resume", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, resumed.status(), resumed.body());
            bank.awaitFound(bank.reader, Set.copyOf(fresh));
            for (int i = 0; i < fresh.size(); i++) {
                Set<Long> byWord = bank.found(bank.reader, bank.word(i)).orElseThrow();
                assertTrue(byWord.contains(fresh.get(i)), bank.word(i) + " finds " + byWord);
            }
            for (int i = 0; i < withdrawn.size(); i++) {
                assertFalse(bank.found(bank.reader, bank.word(100 + i)).orElseThrow().contains(withdrawn.get(i)),
                        "withdrawn practices are not found");
            }
            Set<Long> own = bank.found(bank.author, bank.marker).orElseThrow();
            assertTrue(own.containsAll(drafts), "drafts are indexed, for their authors only: " + own);
            awaitStatus(admin, "the outbox applied to its end", s -> s.getJsonNumber("outboxPending").longValue() == 0);
        } finally {
            admin.post(ADMIN + "/resume", JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    /** The index folder is lost; reopened, the empty index is rebuilt from the database. */
    @Test
    void aWipedIndexIsRebuiltFromTheDatabase() throws IOException {
        ApiClient admin = admin();
        Bank bank = new Bank();
        ready(admin);
        Set<Long> published = new LinkedHashSet<>();
        for (int i = 0; i < 4; i++) {
            published.add(bank.publish("Практика после потери индекса " + bank.marker + " " + bank.word(i)));
        }
        Set<Long> drafts = Set.of(bank.draft("Черновик " + bank.marker + " " + bank.word(10)),
                bank.draft("Черновик " + bank.marker + " " + bank.word(11)));
        bank.awaitFound(bank.reader, published);

        assertEquals(200, admin.post(ADMIN + "/suspend", JsonValue.EMPTY_JSON_OBJECT).status());
        try {
            // Suspended, nothing writes to the index: its files can go, as with a lost disk.
            try (DirectoryStream<Path> files = Files.newDirectoryStream(indexDir)) {
                for (Path file : files) {
                    Files.delete(file);
                }
            }
            Response reopened = admin.post(ADMIN + "/reopen", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, reopened.status(), reopened.body());

            // Rebuilt from the database alone: the drain is still suspended.
            JsonObject rebuilt = awaitStatus(admin, "the empty index rebuilt",
                    s -> s.getBoolean("searchable") && !s.getBoolean("rebuilding"));
            assertTrue(rebuilt.isNull("rebuildError"), rebuilt.toString());
            assertEquals(rebuilt.getJsonNumber("databasePractices").longValue(),
                    rebuilt.getJsonNumber("documents").longValue(), "every practice is back: " + rebuilt);
            assertEquals(published, bank.found(bank.reader, bank.marker).orElseThrow(), "published ones, no drafts");
            Set<Long> own = bank.found(bank.author, bank.marker).orElseThrow();
            assertTrue(own.containsAll(drafts) && own.containsAll(published), own.toString());
            assertTrue(Files.isRegularFile(indexDir.resolve("outbox.cursor")), "the rebuild saved a cursor");
        } finally {
            admin.post(ADMIN + "/resume", JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    /** The index's files are damaged on disk; reopened, the unreadable index is discarded and rebuilt. */
    @Test
    void aDamagedIndexIsDiscardedAndRebuilt() throws IOException {
        ApiClient admin = admin();
        Bank bank = new Bank();
        ready(admin);
        Set<Long> published = Set.of(bank.publish("Практика с повреждённого диска " + bank.marker + " " + bank.word(0)),
                bank.publish("Практика с повреждённого диска " + bank.marker + " " + bank.word(1)));
        bank.awaitFound(bank.reader, published);

        assertEquals(200, admin.post(ADMIN + "/suspend", JsonValue.EMPTY_JSON_OBJECT).status());
        try {
            // Every index file replaced by noise of the same length. A new file rather than the old one
            // overwritten: the server still has the old ones mapped, and shrinking a mapped file kills a JVM.
            Random noise = new Random(7);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(indexDir)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (name.equals("write.lock") || name.startsWith("outbox.cursor")) {
                        continue;
                    }
                    byte[] garbage = new byte[(int) Math.max(64, Files.size(file))];
                    noise.nextBytes(garbage);
                    Files.delete(file);
                    Files.write(file, garbage);
                }
            }
            Response reopened = admin.post(ADMIN + "/reopen", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, reopened.status(), reopened.body());

            JsonObject rebuilt = awaitStatus(admin, "the damaged index rebuilt",
                    s -> s.getBoolean("searchable") && !s.getBoolean("rebuilding"));
            assertTrue(rebuilt.isNull("rebuildError"), rebuilt.toString());
            assertEquals(rebuilt.getJsonNumber("databasePractices").longValue(),
                    rebuilt.getJsonNumber("documents").longValue(), "every practice is back: " + rebuilt);
            assertEquals(published, bank.found(bank.reader, bank.marker).orElseThrow());
        } finally {
            admin.post(ADMIN + "/resume", JsonValue.EMPTY_JSON_OBJECT);
        }
    }

    /**
     * A rebuild runs in the background while a teacher keeps searching: every answer has the
     * whole result, never nothing and never part of it, until the new index takes over.
     */
    @Test
    void searchesDuringARebuildAlwaysSeeTheWholeBank() {
        ApiClient admin = admin();
        Bank bank = new Bank();
        ready(admin);
        Set<Long> published = new LinkedHashSet<>();
        for (int i = 0; i < 10; i++) {
            published.add(bank.publish("Практика для перестроения " + bank.marker + " " + bank.word(i)));
        }
        bank.awaitFound(bank.reader, published);
        awaitStatus(admin, "the outbox applied to its end", s -> s.getJsonNumber("outboxPending").longValue() == 0);

        Response started = admin.post(ADMIN + "/rebuild", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(202, started.status(), started.body());
        assertTrue(started.json().getBoolean("rebuilding"), started.body());
        Response again = admin.post(ADMIN + "/rebuild", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(409, again.status(), again.body());
        assertTrue(again.json().getString("detail").contains("уже перестраивается"), again.body());

        String path = bank.searchPath(bank.marker);
        int searchedDuring = 0;
        boolean progressSeen = false;
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonObject before = status(admin);
            Response r = bank.reader.get(path);
            assertEquals(200, r.status(), "search keeps answering during a rebuild: " + r.body());
            assertEquals(published.size(), r.json().getJsonNumber("total").longValue(), r.body());
            assertEquals(published, ids(r.json()));
            JsonObject after = status(admin);
            if (before.getBoolean("rebuilding") && after.getBoolean("rebuilding")) {
                searchedDuring++;
                long done = after.getJsonNumber("rebuildDone").longValue();
                long total = after.getJsonNumber("rebuildTotal").longValue();
                int percent = after.getInt("rebuildPercent");
                assertTrue(percent >= 0 && percent <= 99, after.toString());
                progressSeen |= done > 0 && done < total;
            }
            if (!after.getBoolean("rebuilding")) {
                break;
            }
            assertTrue(System.nanoTime() < deadline, "the rebuild did not finish: " + after);
        }
        assertTrue(searchedDuring >= 3, "searched " + searchedDuring + " times during the rebuild");
        assertTrue(progressSeen, "the progress moved between none and all");

        JsonObject finished = status(admin);
        assertTrue(finished.isNull("rebuildError"), finished.toString());
        assertEquals(100, finished.getInt("rebuildPercent"));
        assertNotNull(finished.getString("rebuildFinishedAt"));
        assertEquals(finished.getJsonNumber("databasePractices").longValue(),
                finished.getJsonNumber("documents").longValue(), finished.toString());
        assertEquals(published, bank.found(bank.reader, bank.marker).orElseThrow());
    }

    // ---------------------------------------------------------------- helpers

    private ApiClient admin() {
        return new ApiClient(base).as("admin");
    }

    /** Drain resumed and no rebuild running (the start-up rebuild, or another test's). */
    private static void ready(ApiClient admin) {
        assertEquals(200, admin.post(ADMIN + "/resume", JsonValue.EMPTY_JSON_OBJECT).status());
        awaitStatus(admin, "the index open and not rebuilding",
                s -> s.getBoolean("searchable") && !s.getBoolean("rebuilding"));
    }

    private static JsonObject status(ApiClient admin) {
        Response r = admin.get(ADMIN);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    private static JsonObject awaitStatus(ApiClient admin, String awaited, Predicate<JsonObject> done) {
        return Eventually.get(PATIENCE, awaited, () -> {
            JsonObject s = status(admin);
            return done.test(s) ? Optional.of(s) : Optional.empty();
        });
    }

    private static Set<Long> ids(JsonObject result) {
        Set<Long> ids = new LinkedHashSet<>();
        result.getJsonArray("items").forEach(item -> ids.add(Long.valueOf(item.asJsonObject().getString("id"))));
        return ids;
    }

    /** One test's practices: their author, a reader who is neither author nor reviewer, and the words they use. */
    private final class Bank {

        final ApiClient author;
        final ApiClient reader;
        final ApiClient methodologist;
        /** A made-up word in every title of this test's practices and of no other practice. */
        final String marker;
        private final String unique;

        Bank() {
            unique = UUID.randomUUID().toString().substring(0, 8);
            long school = TestAccounts.schoolOf("teacher");
            TestAccounts.teacher("recovery.author." + unique, PASSWORD, school);
            TestAccounts.teacher("recovery.reader." + unique, PASSWORD, school);
            author = new ApiClient(base).as("recovery.author." + unique, PASSWORD);
            reader = new ApiClient(base).as("recovery.reader." + unique, PASSWORD);
            methodologist = new ApiClient(base).as("methodologist");
            marker = "индекс" + consonants(unique);
        }

        /** A made-up word for one practice. */
        String word(int n) {
            return "слово" + consonants(unique.substring(0, 4)) + LETTERS.charAt(n / 16 % 16) + LETTERS.charAt(n % 16);
        }

        long publish(String title) {
            long id = draft(title);
            Response submitted = author.post("api/v1/practices/" + id + "/submit", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, submitted.status(), submitted.body());
            Response published = methodologist.post("api/v1/practices/" + id + "/publish", scores(5, 4, 4, 5, 4));
            assertEquals(200, published.status(), published.body());
            return id;
        }

        long draft(String title) {
            Response created = author.post("api/v1/practices", practice(title));
            assertEquals(201, created.status(), created.body());
            return Long.parseLong(created.json().getString("id"));
        }

        String searchPath(String query) {
            return "api/v1/practices/search?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        }

        /** The ids the search answers, or empty while the index is not ready (409). */
        Optional<Set<Long>> found(ApiClient client, String query) {
            Response r = client.get(searchPath(query));
            if (r.status() == 409) {
                return Optional.empty();
            }
            assertEquals(200, r.status(), r.body());
            return Optional.of(ids(r.json()));
        }

        void awaitFound(ApiClient client, Set<Long> expected) {
            Eventually.get(PATIENCE, "a search for " + marker + " to find exactly " + expected,
                    () -> found(client, marker).filter(expected::equals));
        }

        private String consonants(String hex) {
            StringBuilder out = new StringBuilder();
            for (char c : hex.toCharArray()) {
                out.append(LETTERS.charAt(Character.digit(c, 16)));
            }
            return out.toString();
        }
    }

    private static JsonObject practice(String title) {
        return TestPractices.practice(title, "<p>Учащиеся читают тексты и обсуждают их в группах</p>");
    }
}
