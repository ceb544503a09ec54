package ru.trajectory.practices.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PracticeIndexTest {

    @TempDir
    Path directory;

    private PracticeIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = new PracticeIndex(directory.resolve("data"), Path.of("search-index"));
        for (PracticeDocument practice : Practices.all()) {
            index.index(practice);
        }
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    // ---------------------------------------------------------------- morphology, synonyms, ё, stop words

    @Test
    void aQueryInAnotherCaseFindsTheNominative() throws IOException {
        SearchResult result = search("оцениванию");
        assertEquals(1L, result.items().get(0).id(), "the practice with it in the title ranks first");
        assertEquals(Set.of(1L, 9L), ids(result));
        assertFalse(result.fuzzy());
    }

    @Test
    void thePluralOfAnIrregularNounFindsTheSingularThroughLemmas() throws IOException {
        // Only practice 3 says «ребёнок»; 4 says «детей-мигрантов». No stemmer joins детей and ребёнок.
        assertEquals(Set.of(3L, 4L), ids(search("детей")));
        assertEquals(Set.of(3L, 4L), ids(search("дети")));
    }

    @Test
    void theStemmerCatchesWordsTheDictionaryDoesNotKnow() throws IOException {
        // «геймификацию» and «лэпбуки» are not in the LanguageTool dictionary.
        assertEquals(Set.of(5L), ids(search("геймификации")));
        assertEquals(Set.of(5L), ids(search("лэпбуков")));
    }

    @Test
    void adjectivesAndVerbsInOtherFormsAreFound() throws IOException {
        assertEquals(Set.of(3L), ids(search("инклюзивные уроки")).stream().filter(id -> id == 3L)
                .collect(Collectors.toSet()));
        assertEquals(3L, search("инклюзивные").items().get(0).id());
        assertEquals(Set.of(5L), ids(search("защищать")));
    }

    @Test
    void abbreviationsFindTheWordsPracticesAreWrittenWith() throws IOException {
        assertEquals(Set.of(2L), ids(search("ФГ")));
        assertEquals(Set.of(3L, 4L), ids(search("ОВЗ")), "3 spells it out, 4 uses the abbreviation");
        assertEquals(Set.of(3L, 4L), ids(search("ограниченные возможности здоровья")));
        assertEquals(Set.of(6L), ids(search("основной государственный экзамен")));
    }

    @Test
    void yoAndYeAreTheSameLetter() throws IOException {
        assertEquals(Set.of(7L), ids(search("елка")));
        assertEquals(Set.of(7L), ids(search("ёлка")));
        assertEquals(Set.of(7L), ids(search("ЕЛКИ")));
    }

    @Test
    void stopWordsAloneFindNothing() throws IOException {
        SearchResult result = search("и в на это для");
        assertEquals(0, result.total());
        assertTrue(result.items().isEmpty());
        assertEquals(0, search("   ?!  ").total());
    }

    @Test
    void aBlankQueryListsEverythingPublished() throws IOException {
        assertEquals(9, search("").total());
    }

    // ---------------------------------------------------------------- facets

    @Test
    void facetsCountAllMatchingPractices() throws IOException {
        SearchResult result = search("");
        assertEquals(Map.of("Математика", 3L, "Русский язык", 3L, "История", 2L, "Физика", 1L, "Литература", 1L),
                counts(result, "subject"));
        assertEquals(Map.of("2024", 4L, "2025", 4L, "2023", 1L), counts(result, "year"));
        assertEquals(Map.of("Кировский район", 5L, "Ленинский район", 4L), counts(result, "municipality"));
        assertEquals(Map.of("немотивированные", 2L, "ОВЗ", 1L, "дети-мигранты", 1L), counts(result, "targetGroup"));
        assertEquals(List.of("subject", "level", "competency", "tag", "targetGroup", "municipality", "year"),
                List.copyOf(result.facets().keySet()));
    }

    @Test
    void aFilterNarrowsHitsAndCounts() throws IOException {
        SearchResult maths = index.search(SearchRequest.of("").filter(FacetDimension.SUBJECT, "Математика"));
        assertEquals(3, maths.total());
        assertEquals(Set.of(1L, 2L, 6L), ids(maths));
        assertEquals(Map.of("ООО", 3L, "СОО", 1L), counts(maths, "level"));
        assertEquals(Map.of("2024", 2L, "2025", 1L), counts(maths, "year"));

        SearchResult maths2024 = index.search(SearchRequest.of("")
                .filter(FacetDimension.SUBJECT, "Математика").filter(FacetDimension.YEAR, "2024"));
        assertEquals(Set.of(1L, 6L), ids(maths2024));

        SearchResult mathsOrPhysics = index.search(SearchRequest.of("оценивание")
                .filter(FacetDimension.SUBJECT, "Математика").filter(FacetDimension.SUBJECT, "Физика"));
        assertEquals(Set.of(1L, 9L), ids(mathsOrPhysics));

        assertEquals(0, index.search(SearchRequest.of("").filter(FacetDimension.TAG, "нет такого")).total());
    }

    // ---------------------------------------------------------------- snippets

    @Test
    void snippetsMarkTheMatchedWordForms() throws IOException {
        SearchResult result = search("оцениванию");
        assertTrue(snippet(result, 1).contains("формирующее <mark>оценивание</mark> помогает"), snippet(result, 1));
        String lemmaMatch = snippet(search("детей"), 3);
        assertTrue(lemmaMatch.startsWith("Каждый <mark>ребёнок</mark> получает"), lemmaMatch);
    }

    @Test
    void snippetsEscapeTheText() throws IOException {
        String html = snippet(search("оценивание"), 9);
        assertTrue(html.contains("вставка &lt;script&gt;alert(1)&lt;/script&gt; показывается"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("<mark>оценивание</mark>"), html);
    }

    // ---------------------------------------------------------------- typos, suggestions, related

    @Test
    void aTypoStillFindsWithTheFuzzyFlag() throws IOException {
        SearchResult result = search("формируюшее");
        assertTrue(result.fuzzy());
        assertEquals(Set.of(1L, 9L), ids(result));
        assertTrue(snippet(result, 1).contains("<mark>формирующее</mark>"), snippet(result, 1));
        assertFalse(search("формирующее").fuzzy(), "no retry when the words are right");
    }

    @Test
    void suggestionsCompleteTheLastWordOfVisibleTitles() throws IOException {
        assertEquals(List.of(new Suggestion(1, "Формирующее оценивание на уроках математики")),
                index.suggest("форм", 5));
        assertEquals(Set.of(1L, 8L), index.suggest("Форм", 5, Practices.AUTHOR).stream()
                .map(Suggestion::id).collect(Collectors.toSet()));
        assertEquals(List.of(6L), index.suggest("подготовка к ог", 5).stream().map(Suggestion::id).toList());
        assertEquals(List.of(), index.suggest("  ", 5));
    }

    @Test
    void relatedPutsTheSimilarPracticeFirstAndNeverItself() throws IOException {
        List<SearchResult.Hit> related = index.related(1, 5);
        assertFalse(related.isEmpty());
        assertEquals(9L, related.get(0).id());
        assertTrue(related.stream().noneMatch(hit -> hit.id() == 1L || hit.id() == 8L), related.toString());
        assertEquals(List.of(), index.related(404, 5));
    }

    // ---------------------------------------------------------------- visibility and writes

    @Test
    void aDraftIsFoundOnlyByThoseItIsVisibleTo() throws IOException {
        assertFalse(ids(search("светофор")).contains(8L));
        assertEquals(Set.of(8L), ids(index.search(SearchRequest.of("светофор").asPerson(Practices.AUTHOR))));
        assertEquals(Set.of(8L), ids(index.search(SearchRequest.of("светофор").asPerson(Practices.REVIEWER))));
        assertEquals(Set.of(), ids(index.search(SearchRequest.of("светофор").asPerson(Practices.STRANGER))));
        assertEquals(10, index.search(SearchRequest.of("").asPerson(Practices.AUTHOR)).total());
    }

    @Test
    void indexingTheSameIdReplacesAndDeleteRemoves() throws IOException {
        assertEquals(10, index.count());
        index.index(Practices.published(7, "Снежинка знаний", "Повторение перед каникулами.", "",
                Set.of("Литература"), Set.of("НОО"), Set.of(), Set.of(), Set.of(), "Кировский район", 2023));
        assertEquals(10, index.count());
        assertEquals(Set.of(), ids(search("ёлка")));
        assertEquals(Set.of(7L), ids(search("снежинки")));

        index.delete(7);
        assertEquals(9, index.count());
        assertEquals(Set.of(), ids(search("снежинка")));
    }

    @Test
    void aBatchAddsReplacesAndRemovesUnderOneCommit() throws IOException {
        index.apply(List.of(
                Practices.published(7, "Снежинка знаний", "Повторение перед каникулами.", "",
                        Set.of("Литература"), Set.of("НОО"), Set.of(), Set.of(), Set.of(), "Кировский район", 2023),
                Practices.published(11, "Кейс-метод на уроках обществознания", "Разбор жизненных ситуаций.", "",
                        Set.of("Обществознание"), Set.of("ООО"), Set.of(), Set.of(), Set.of(), "Ленинский район", 2025)),
                List.of(1L, 2L));
        assertEquals(9, index.count(), "10 + 1 new − 2 removed");
        assertEquals(Set.of(7L), ids(search("снежинки")));
        assertEquals(Set.of(), ids(search("ёлка")), "the replaced version is gone");
        assertEquals(Set.of(11L), ids(search("кейсы")));
        assertFalse(ids(search("межпредметных задач")).contains(2L), "a removed practice is not found");
    }

    @Test
    void rebuildReplacesTheWholeIndexAndReportsProgress() throws IOException {
        List<Long> progress = new ArrayList<>();
        long written = index.rebuild(LongStream.rangeClosed(100, 349).mapToObj(id -> Practices.published(id,
                "Проектная деятельность " + id, "Исследовательский проект.", "", Set.of("Технология"),
                Set.of("ООО"), Set.of(), Set.of(), Set.of(), "Ленинский район", 2025)), progress::add);
        assertEquals(250, written);
        assertEquals(List.of(100L, 200L, 250L), progress);
        assertEquals(250, index.count());
        assertEquals(0, search("оценивание").total());
        assertEquals(250, search("проекты").total());
    }

    @Test
    void aFailedRebuildLeavesTheOldIndex() throws IOException {
        try {
            index.rebuild(LongStream.rangeClosed(1, 5).mapToObj(id -> {
                if (id == 4) {
                    throw new IllegalStateException("database went away");
                }
                return Practices.published(id, "Временная " + id, "", "", Set.of(), Set.of(), Set.of(),
                        Set.of(), Set.of(), null, 2025);
            }), n -> { });
        } catch (IllegalStateException expected) {
            // the caller reports it; the index must be as before
        }
        assertEquals(10, index.count());
        assertEquals(Set.of(1L, 9L), ids(search("оцениванию")));
        index.delete(9);
        assertEquals(Set.of(1L), ids(search("оцениванию")), "the reopened writer works");
    }

    @Test
    void theIndexSurvivesReopening() throws IOException {
        index.close();
        index = new PracticeIndex(directory.resolve("data"), Path.of("search-index"));
        assertEquals(10, index.count());
        assertEquals(Set.of(7L), ids(search("ёлка")));
    }

    // ---------------------------------------------------------------- rebuild while searching, kill mid-rebuild

    @Test
    void searchesAnswerFromTheOldIndexWhileARebuildRuns() throws Exception {
        CountDownLatch halfWritten = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Stream<PracticeDocument> practices = LongStream.rangeClosed(100, 139).mapToObj(id -> {
            if (id == 120) {
                halfWritten.countDown();
                awaitQuietly(release);
            }
            return project(id);
        });
        ExecutorService rebuilder = Executors.newSingleThreadExecutor();
        try {
            Future<Long> rebuild = rebuilder.submit(() -> index.rebuild(practices, n -> { }));
            assertTrue(halfWritten.await(30, TimeUnit.SECONDS), "the rebuild reached the middle");

            // Twenty new practices are in the writer, the old ten are deleted there: none of it shows.
            assertEquals(10, index.count());
            assertEquals(9, search("").total(), "the published nine of the old ten");
            assertEquals(Set.of(1L, 9L), ids(search("оцениванию")));
            assertEquals(0, search("проекты").total());

            release.countDown();
            assertEquals(40, rebuild.get(30, TimeUnit.SECONDS));
        } finally {
            release.countDown();
            rebuilder.shutdown();
            assertTrue(rebuilder.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertEquals(40, index.count());
        assertEquals(40, search("проекты").total());
        assertEquals(0, search("оцениванию").total());
    }

    @Test
    void aRebuildAbandonedHalfWayLeavesTheCommittedIndexOnDisk() throws IOException {
        try {
            index.rebuild(LongStream.rangeClosed(100, 139).mapToObj(id -> {
                if (id == 130) {
                    throw new IllegalStateException("the server stops");
                }
                return project(id);
            }), n -> { });
        } catch (IllegalStateException expected) {
            // as when a stopping server cancels its rebuild
        }
        index.close();
        index = new PracticeIndex(directory.resolve("data"), Path.of("search-index"));
        assertEquals(10, index.count());
        assertEquals(Set.of(1L, 9L), ids(search("оцениванию")));
        assertEquals(0, search("проекты").total());
    }

    /**
     * A real kill: another JVM opens the same index, starts a rebuild that never ends and is
     * killed (SIGKILL) once the writer has flushed new, uncommitted segments to disk. The index
     * opened afterwards is the last committed one, and it still takes writes.
     */
    @Test
    void aProcessKilledMidRebuildLeavesTheLastCommittedIndex() throws Exception {
        Path data = directory.resolve("data");
        index.close();
        Set<String> committed;
        try (FSDirectory disk = FSDirectory.open(data)) {
            committed = Set.copyOf(SegmentInfos.readLatestCommit(disk).files(true));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                EndlessRebuild.class.getName(), data.toString(), "search-index")
                .redirectErrorStream(true).redirectOutput(directory.resolve("child.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!uncommittedSegmentOnDisk(data, committed)) {
                assertTrue(child.isAlive(), () -> "the child died: " + read(directory.resolve("child.log")));
                assertTrue(System.nanoTime() < deadline, "no segment was flushed within two minutes");
                Thread.sleep(100);
            }
        } finally {
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(Files.exists(data.resolve("write.lock")), "killed, the child never released its lock");

        index = new PracticeIndex(data, Path.of("search-index"));
        assertEquals(10, index.count());
        assertEquals(Set.of(1L, 9L), ids(search("оцениванию")));
        assertEquals(0, search("проекты").total());
        index.index(project(100));
        assertEquals(11, index.count());
    }

    /** A segment file that no commit references: the killed rebuild's work, which must be ignored. */
    private static boolean uncommittedSegmentOnDisk(Path data, Set<String> committed) throws IOException {
        try (Stream<Path> files = Files.list(data)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(name -> name.startsWith("_") && !committed.contains(name));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static PracticeDocument project(long id) {
        return Practices.published(id, "Проектная деятельность " + id, "Исследовательский проект.", "",
                Set.of("Технология"), Set.of("ООО"), Set.of(), Set.of(), Set.of(), "Ленинский район", 2025);
    }

    /** The child JVM of the kill test: rebuilds the index at args[0] with an endless stream of long practices. */
    static final class EndlessRebuild {

        private EndlessRebuild() {
        }

        public static void main(String[] args) throws IOException {
            String words = String.join(" ", Collections.nCopies(40,
                    "ученики исследуют проект и представляют результаты классу"));
            try (PracticeIndex index = new PracticeIndex(Path.of(args[0]), Path.of(args[1]))) {
                index.rebuild(LongStream.iterate(1000, id -> id + 1).mapToObj(id -> Practices.published(id,
                        "Проектная деятельность " + id, "Исследовательский проект " + id, words + " " + id,
                        Set.of("Технология"), Set.of("ООО"), Set.of(), Set.of(), Set.of(), "Ленинский район",
                        2025)), n -> { });
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private SearchResult search(String query) throws IOException {
        return index.search(SearchRequest.of(query));
    }

    private static Set<Long> ids(SearchResult result) {
        return Set.copyOf(result.ids());
    }

    private static String snippet(SearchResult result, long id) {
        return result.items().stream().filter(hit -> hit.id() == id).findFirst().orElseThrow().snippet();
    }

    private static Map<String, Long> counts(SearchResult result, String facet) {
        return result.facets().get(facet).stream()
                .collect(Collectors.toMap(SearchResult.FacetCount::value, SearchResult.FacetCount::count));
    }
}
