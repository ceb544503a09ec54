/** Tests of {@code ru.trajectory.platform.importing}. */
package ru.trajectory.platform.importing;
