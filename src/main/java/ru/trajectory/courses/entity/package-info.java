/**
 * Courses, sessions and enrollments as stored. A session counts its own confirmed places
 * under a database CHECK, so capacity holds under any concurrency; enrollments move through
 * PENDING_APPROVAL, CONFIRMED or WAITLISTED to COMPLETED, CANCELLED or REJECTED.
 */
package ru.trajectory.courses.entity;
