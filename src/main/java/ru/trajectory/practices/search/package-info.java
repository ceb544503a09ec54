/**
 * The search core of the practice bank: a plain-Java Lucene component with no container
 * dependencies, so it can be unit-tested on a temporary directory and driven by the module's
 * services (outbox processing, rebuild, API) without knowing how they are wired.
 *
 * <p>Every text is indexed three times: with the Snowball Russian stemmer, with morfologik
 * lemmas from the LanguageTool dictionary, and as plain lower-cased words. Stemming and
 * lemmatisation each catch word forms the other misses (STACK.md), so queries run against both;
 * the plain words exist for typo-tolerant fuzzy matching and title suggestions, where a stem
 * would hide the letters the user actually typed. Synonyms are applied at query time only, so
 * {@code search-index/synonyms.txt} can change without a reindex.
 */
package ru.trajectory.practices.search;
