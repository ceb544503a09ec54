/**
 * The practice bank's JSON API (API.md, practices rows): authoring, the review workflow,
 * search with facets and related practices. Resources only translate JSON; rules and access
 * checks are the services'.
 */
package ru.trajectory.practices.api;
