/**
 * Pages of the courses module for teachers: the catalogue with filters, a course with its
 * sessions and enrollment, «Мои курсы». Beans only call the module's services and shape their
 * answers for the views.
 */
package ru.trajectory.courses.web;
