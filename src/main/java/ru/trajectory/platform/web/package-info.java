/**
 * The web plumbing every page shares: the chosen language, the main menu, the error pages'
 * HTTP status and the security headers. Nothing domain-specific lives here.
 */
package ru.trajectory.platform.web;
