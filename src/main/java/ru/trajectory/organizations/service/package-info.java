/**
 * Use cases of the territory and staff, each a transaction that checks role and scope
 * through {@code TerritoryScope} before it reads or writes: the territory tree with counts,
 * program-year flags, partnerships, people as far as a caller may see them, staff import.
 * Pages and the API receive view objects, never entities with lazy parts left to load.
 */
package ru.trajectory.organizations.service;
