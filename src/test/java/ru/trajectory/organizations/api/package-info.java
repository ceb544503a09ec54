/** Tests of {@code ru.trajectory.organizations.api}. */
package ru.trajectory.organizations.api;
