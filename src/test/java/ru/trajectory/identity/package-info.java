/** Tests of {@code ru.trajectory.identity}. */
package ru.trajectory.identity;
