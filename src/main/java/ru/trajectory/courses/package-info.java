/**
 * Module courses: formal training (курсы повышения квалификации, ДПО) — the catalogue of a
 * region, sessions a methodologist schedules, moves and cancels, enrollment with director
 * approval and an automatically promoted waitlist, completion with hours and certificate
 * numbers; informal learning events with registration and attendance; the teacher's calendar
 * and its iCalendar export; the notices and reminders that tell people what happened.
 * Completion and attendance are announced as CDI events for routes and monitoring.
 */
package ru.trajectory.courses;
