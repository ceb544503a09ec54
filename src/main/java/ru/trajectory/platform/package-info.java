/**
 * Shared plumbing only: persistence set-up, errors and their mapping, the API's problem
 * format, tabular imports, health, time, security headers and localisation of pages.
 * Nothing domain-specific lives here.
 */
package ru.trajectory.platform;
