/**
 * Shared plumbing only: persistence set-up, errors and their mapping, the API's problem
 * format, tabular imports, health, time, security headers and localisation of pages,
 * notifications (in the portal and by e-mail through an outbox) and iCalendar writing.
 * Nothing domain-specific lives here: modules say what to tell whom, platform delivers it.
 */
package ru.trajectory.platform;
