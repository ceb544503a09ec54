/**
 * Module courses: formal training (курсы повышения квалификации, ДПО) — the catalogue of a
 * region, sessions with capacity and deadlines, enrollment with director approval and an
 * automatically promoted waitlist, completion with hours and certificate numbers. Events,
 * calendar and notifications follow.
 */
package ru.trajectory.courses;
