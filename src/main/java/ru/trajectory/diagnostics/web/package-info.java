/**
 * Pages of the diagnostics module. Beans here only call the module's services and shape
 * their answers for the views.
 */
package ru.trajectory.diagnostics.web;
