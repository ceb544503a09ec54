/** Tests of {@code ru.trajectory.courses.service}: the wording of what courses tell people. */
package ru.trajectory.courses.service;
