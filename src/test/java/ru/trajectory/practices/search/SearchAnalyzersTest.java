package ru.trajectory.practices.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAnalyzersTest {

    private static SearchAnalyzers analyzers;

    @BeforeAll
    static void load() {
        analyzers = new SearchAnalyzers(Path.of("search-index"));
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    @Test
    void lemmasJoinFormsTheStemmerCannot() throws IOException {
        assertEquals(List.of("ребенок"), terms(analyzers.lemmaIndex, "детей"));
        assertEquals(List.of("ребенок"), terms(analyzers.lemmaIndex, "Ребёнок"));
        assertEquals(List.of("дет"), terms(analyzers.stemIndex, "детей"));
    }

    @Test
    void wordsUnknownToTheDictionaryKeepTheirFormInTheLemmaFieldAndAreStemmed() throws IOException {
        assertEquals(List.of("лэпбуки"), terms(analyzers.lemmaIndex, "лэпбуки"));
        assertEquals(terms(analyzers.stemIndex, "лэпбуков"), terms(analyzers.stemIndex, "лэпбуки"));
    }

    @Test
    void yoIsFoldedEverywhere() throws IOException {
        assertEquals(terms(analyzers.stemIndex, "елка"), terms(analyzers.stemIndex, "Ёлка"));
        assertEquals(List.of("елка"), terms(analyzers.lemmaIndex, "ёлки"));
        assertEquals(List.of("елка"), terms(analyzers.plain, "ЁЛКА"));
    }

    @Test
    void stopWordsFromLuceneAndFromTheFileAreDropped() throws IOException {
        // «это» and «для» come from search-index/stopwords.txt, «мы» and «бы» from Lucene's list.
        assertEquals(List.of(), terms(analyzers.plain, "и в на это для мы бы"));
        assertEquals(List.of("урок"), terms(analyzers.plain, "для урок"));
    }

    @Test
    void abbreviationsExpandOnlyAtQueryTime() throws IOException {
        assertEquals(List.of("фг"), terms(analyzers.stemIndex, "ФГ"));
        // A token graph: the abbreviation and the phrase side by side, in the filter's own order.
        assertEquals(Set.of("фг", "функциональн", "грамотн"), Set.copyOf(terms(analyzers.stemQuery, "ФГ")));
        assertEquals(Set.of("овз", "ограничен", "возможн", "здоров"), Set.copyOf(terms(analyzers.stemQuery, "ОВЗ")));
        // The rule «ШНОР, школа с низкими …» still matches once «с» is gone as a stop word.
        assertTrue(terms(analyzers.stemQuery, "школа с низкими образовательными результатами").contains("шнор"));
    }

    @Test
    void missingWordListsAreAnErrorNotASilentlyWorseSearch(@TempDir Path empty) {
        assertThrows(UncheckedIOException.class, () -> new SearchAnalyzers(empty));
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
