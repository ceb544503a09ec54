/**
 * Use cases of the diagnostics module, each a transaction that checks role and scope before
 * it reads or writes: competency frameworks, instruments, attempts and their scoring, the
 * deficit profile, external results, and the views others get of them — heat maps of
 * deficit counts per territory and a school's participation list for its director.
 * Pages and the API receive view objects, never entities with lazy parts left to load.
 */
package ru.trajectory.diagnostics.service;
