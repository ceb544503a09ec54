/**
 * The notifications in pages: the bell with the unread count in every page's header and the
 * notifications page with its read marks. Both go through the service, never the database.
 */
package ru.trajectory.platform.notifications.web;
