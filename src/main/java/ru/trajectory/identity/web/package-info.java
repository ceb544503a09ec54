/**
 * The web side of identity: the authentication mechanism shared by pages and API, and the
 * backing beans of the sign-in, password, audit-log and role-administration pages.
 */
package ru.trajectory.identity.web;
