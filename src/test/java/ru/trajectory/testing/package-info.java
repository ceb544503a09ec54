/**
 * The test harness: one MariaDB with the demo region for the whole run, the one deployment
 * recipe, an API client and the browser base. Integration tests talk to the portal only
 * through what users use: HTTP pages and the JSON API.
 */
package ru.trajectory.testing;
