/**
 * Plumbing shared by every module's JSON API: the JAX-RS application under {@code /api/v1},
 * RFC 9457 problem details for every refusal and failure, paging of lists, reading of JSON
 * bodies with Russian field messages, and the public health endpoint. Resources themselves
 * live in each module's {@code api} package and stay thin: parse, call a service, map to JSON.
 */
package ru.trajectory.platform.api;
