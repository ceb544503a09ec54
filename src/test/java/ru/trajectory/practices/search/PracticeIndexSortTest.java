package ru.trajectory.practices.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three orders of the search page: relevance, newest first, most applied first. */
class PracticeIndexSortTest {

    @TempDir
    Path directory;

    private PracticeIndex index;

    @BeforeEach
    void fill() throws IOException {
        index = new PracticeIndex(directory.resolve("data"), Path.of("search-index"));
        // 2 is the newest, 3 the most applied and the only one about a «лист самооценки».
        index.index(practice(1, "Формирующее оценивание: оценивание без отметок и оценивание друг друга",
                "2023-09-01T10:00:00Z", 2));
        index.index(practice(2, "Оценивание проектов", "2025-10-01T10:00:00Z", 0));
        index.index(practice(3, "Лист самооценки и оценивание", "2024-03-01T10:00:00Z", 17));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void relevancePutsThePracticeWithMoreOfTheWordsFirst() throws IOException {
        assertEquals(3L, ids(SearchSort.RELEVANCE, "лист самооценки").get(0));
    }

    @Test
    void dateListsTheNewestFirst() throws IOException {
        assertEquals(List.of(2L, 3L, 1L), ids(SearchSort.DATE, "оценивание"));
    }

    @Test
    void applicationsListTheMostAppliedFirst() throws IOException {
        assertEquals(List.of(3L, 1L, 2L), ids(SearchSort.APPLICATIONS, "оценивание"));
    }

    @Test
    void aBlankQueryHasNoRelevanceAndListsTheNewestFirst() throws IOException {
        assertEquals(List.of(2L, 3L, 1L), ids(SearchSort.RELEVANCE, ""));
    }

    @Test
    void sortNamesAreReadInAnyCaseAndUnknownOnesAreRefused() {
        assertEquals(SearchSort.DATE, SearchSort.parse("date").orElseThrow());
        assertEquals(SearchSort.RELEVANCE, SearchSort.parse(null).orElseThrow());
        assertTrue(SearchSort.parse("title:(").isEmpty());
    }

    private List<Long> ids(SearchSort sort, String query) throws IOException {
        return index.search(new SearchRequest(query, Map.of(), null, 0, 10, sort)).ids();
    }

    private static PracticeDocument practice(long id, String title, String dated, long applications) {
        return new PracticeDocument(id, title, "Описание практики", "", "", Set.of("Математика"), Set.of("OOO"),
                Set.of(), Set.of(), Set.of(), null, 2025, PracticeDocument.PUBLISHED, Set.of(),
                Instant.parse(dated), applications);
    }
}
