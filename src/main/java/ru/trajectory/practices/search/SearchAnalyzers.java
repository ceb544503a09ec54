package ru.trajectory.practices.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Locale;

import morfologik.stemming.Dictionary;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.morfologik.MorfologikFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The Russian analysis chains of the practice index. All share tokenising, lower-casing,
 * ё-folding and stop words; they differ in how a word is reduced. Index and query chains differ
 * only by the synonym filter, which runs at query time so the word list can change without a
 * reindex. Synonyms are matched on surface words before stemming or lemmatisation, and both
 * sides of every rule are expanded, so «ФГ» finds «функциональная грамотность» and back.
 */
final class SearchAnalyzers implements AutoCloseable {

    static final String SYNONYMS_FILE = "synonyms.txt";
    static final String STOP_WORDS_FILE = "stopwords.txt";
    private static final String DICTIONARY = "/org/languagetool/resource/ru/russian.dict";

    private final CharArraySet stopWords;
    private final SynonymMap synonyms;
    private final Dictionary dictionary;

    /** Snowball stems; indexing and the fuzzy-free query path. */
    final Analyzer stemIndex;
    final Analyzer stemQuery;
    /** Dictionary lemmas, the original word kept where the dictionary does not know it. */
    final Analyzer lemmaIndex;
    final Analyzer lemmaQuery;
    /** Lower-cased surface words: what fuzzy matching and suggestions compare against. */
    final Analyzer plain;

    /**
     * @param wordLists the deployed {@code search-index/} directory holding {@code synonyms.txt}
     *     and {@code stopwords.txt}. Both are required: a search silently running without its
     *     synonyms would look broken to users in ways nobody would trace back to a missing file.
     */
    SearchAnalyzers(Path wordLists) {
        try {
            this.stopWords = loadStopWords(wordLists.resolve(STOP_WORDS_FILE));
            this.dictionary = loadDictionary();
            this.synonyms = loadSynonyms(wordLists.resolve(SYNONYMS_FILE), stopWords);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load the search word lists from " + wordLists, e);
        }
        this.stemIndex = chain(false, Reduction.STEM);
        this.stemQuery = chain(true, Reduction.STEM);
        this.lemmaIndex = chain(false, Reduction.LEMMA);
        this.lemmaQuery = chain(true, Reduction.LEMMA);
        this.plain = chain(false, Reduction.NONE);
    }

    private enum Reduction { STEM, LEMMA, NONE }

    private Analyzer chain(boolean withSynonyms, Reduction reduction) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new YoFoldingFilter(new LowerCaseFilter(source));
                stream = new StopFilter(stream, stopWords);
                if (withSynonyms) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                switch (reduction) {
                    case STEM -> stream = new SnowballFilter(stream, new RussianStemmer());
                    case LEMMA -> stream = new RemoveDuplicatesTokenFilter(
                            new YoFoldingFilter(new MorfologikFilter(stream, dictionary)));
                    case NONE -> { }
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static CharArraySet loadStopWords(Path file) throws IOException {
        CharArraySet words = new CharArraySet(256, true);
        for (Object word : RussianAnalyzer.getDefaultStopSet()) {
            words.add(fold(new String((char[]) word)));
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (Object word : WordlistLoader.getWordSet(reader, "#")) {
                words.add(fold(new String((char[]) word)));
            }
        }
        return CharArraySet.unmodifiableSet(words);
    }

    private static String fold(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static Dictionary loadDictionary() throws IOException {
        URL url = SearchAnalyzers.class.getResource(DICTIONARY);
        if (url == null) {
            throw new IOException("The LanguageTool Russian dictionary " + DICTIONARY
                    + " is not on the classpath (org.languagetool:language-ru)");
        }
        return Dictionary.read(url);
    }

    /**
     * Rules are parsed with the same tokenising, folding and stop words as queries, so that a
     * rule written «ШНОР, школа с низкими …» matches a query whose «с» was already dropped.
     * Positions are closed up after stop words because the parser rejects gaps inside a rule.
     */
    private static SynonymMap loadSynonyms(Path file, CharArraySet stopWords) throws IOException {
        Analyzer ruleAnalyzer = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new StopFilter(new YoFoldingFilter(new LowerCaseFilter(source)), stopWords);
                return new TokenStreamComponents(source, new ClosingGaps(stream));
            }
        };
        try (ruleAnalyzer; Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(reader);
            return parser.build();
        } catch (ParseException e) {
            throw new IOException("Malformed synonym rule in " + file + " near line " + e.getErrorOffset(), e);
        }
    }

    private static final class ClosingGaps extends TokenFilter {
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        ClosingGaps(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!input.incrementToken()) {
                return false;
            }
            if (increment.getPositionIncrement() > 1) {
                increment.setPositionIncrement(1);
            }
            return true;
        }
    }

    @Override
    public void close() {
        stemIndex.close();
        stemQuery.close();
        lemmaIndex.close();
        lemmaQuery.close();
        plain.close();
    }
}
