/**
 * The identity part of the JSON API: {@code POST /auth/token} exchanges a login and password
 * for a bearer token (with the same throttling as the sign-in page), {@code GET /me} tells a
 * client which account and roles its token carries.
 */
package ru.trajectory.identity.api;
