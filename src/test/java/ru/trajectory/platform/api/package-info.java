/** Tests of {@code ru.trajectory.platform.api}. */
package ru.trajectory.platform.api;
