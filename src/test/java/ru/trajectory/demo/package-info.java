/** Tests of {@code ru.trajectory.demo}. */
package ru.trajectory.demo;
