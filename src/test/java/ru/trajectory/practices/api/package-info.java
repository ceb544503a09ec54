/** Integration tests of the practices API against a deployed portal. */
package ru.trajectory.practices.api;
