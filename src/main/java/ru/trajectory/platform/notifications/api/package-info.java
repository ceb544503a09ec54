/**
 * The caller's notifications over the JSON API: {@code GET /me/notifications},
 * {@code POST /me/notifications/read-all} and {@code POST /notifications/{id}/read}.
 * Nobody reads another person's notifications, so there is no id of a person in any path.
 */
package ru.trajectory.platform.notifications.api;
