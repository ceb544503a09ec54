/**
 * The exceptions every module throws for the three ways a request can be refused —
 * not allowed, not found, not valid — so that pages and the API answer them the same way
 * (the portal's error pages; problem+json with 403, 404 and 400).
 */
package ru.trajectory.platform.errors;
