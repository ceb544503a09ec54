/**
 * Reading bulk-import files (CSV and XLSX) into rows and reporting per-row results;
 * each module validates and applies the rows of its own imports.
 */
package ru.trajectory.platform.importing;
