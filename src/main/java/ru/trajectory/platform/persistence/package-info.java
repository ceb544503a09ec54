/**
 * The database: the one datasource (configured from MicroProfile Config), Flyway migrations
 * run at start-up before JPA is used, and the converters every entity shares.
 */
package ru.trajectory.platform.persistence;
