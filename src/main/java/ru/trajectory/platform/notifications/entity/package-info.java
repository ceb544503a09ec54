/**
 * The stored notification with its read mark and the delivery state of its e-mail copy.
 * Rows are inserted by SQL (see the service) so that a dedupe key can be enforced without
 * failing the caller's transaction; JPA reads them and marks them read.
 */
package ru.trajectory.platform.notifications.entity;
