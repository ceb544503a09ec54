/**
 * Module practices: the bank of effective practices. Methodologists and teachers write up what
 * works, experts review it (draft, on review, published or returned, archived), and teachers
 * find it through a Russian full-text search with morphology, synonyms, facets, highlighting,
 * typo tolerance and related practices (DESIGN.md section 6). The database is the source of
 * truth; the search index is derived from it and can be rebuilt at any time.
 */
package ru.trajectory.practices;
