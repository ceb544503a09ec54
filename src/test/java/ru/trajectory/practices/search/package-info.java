/**
 * Unit tests of the practice search core on small Russian practice texts in a temporary
 * index, with the repository's own {@code search-index/} word lists.
 */
package ru.trajectory.practices.search;
