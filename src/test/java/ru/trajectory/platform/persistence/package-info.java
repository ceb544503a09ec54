/** Tests of {@code ru.trajectory.platform.persistence}. */
package ru.trajectory.platform.persistence;
