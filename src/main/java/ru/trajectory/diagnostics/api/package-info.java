/**
 * The diagnostics part of the JSON API (API.md): competencies, instruments, attempts,
 * deficits, external results and the heat maps. Resources parse the request, call the
 * module's services — which check role and scope and own the transaction — and map the
 * services' views to JSON with string ids.
 */
package ru.trajectory.diagnostics.api;
