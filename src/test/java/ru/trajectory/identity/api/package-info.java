/** Tests of {@code ru.trajectory.identity.api}. */
package ru.trajectory.identity.api;
