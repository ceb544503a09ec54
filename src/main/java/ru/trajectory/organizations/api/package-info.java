/**
 * The organizations part of the JSON API (API.md): the territory tree (regions,
 * municipalities, schools with program-year flags), partnership agreements, people and the
 * staff import. Resources parse the request, call the module's services — which check role
 * and scope and own the transaction — and map the services' views to JSON with string ids.
 */
package ru.trajectory.organizations.api;
