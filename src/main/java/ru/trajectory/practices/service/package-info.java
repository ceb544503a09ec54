/**
 * The practice bank's use cases, each a transaction with its own role and scope checks:
 * authoring ({@link ru.trajectory.practices.service.PracticeAuthoring}), expert review
 * ({@link ru.trajectory.practices.service.PracticeReview}), «применяю» marks
 * ({@link ru.trajectory.practices.service.PracticeUse}), and the search outbox with the
 * component that drains it into the Lucene index
 * ({@link ru.trajectory.practices.service.SearchIndexing}).
 */
package ru.trajectory.practices.service;
