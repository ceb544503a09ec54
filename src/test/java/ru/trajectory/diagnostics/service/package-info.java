/** Unit tests of the diagnostics services' pure parts: the heat map's bands and totals. */
package ru.trajectory.diagnostics.service;
