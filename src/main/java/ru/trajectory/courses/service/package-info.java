/**
 * Use cases of courses, each a transaction with its role and scope check: the catalogue
 * (methodologists create courses and sessions), enrollment with approval by the director and
 * a waitlist promoted automatically, completion that fires {@code CourseCompleted}.
 */
package ru.trajectory.courses.service;
