/** The JSON API of courses: catalogue, sessions, enrollments with approval, waitlist and completion. */
package ru.trajectory.courses.api;
