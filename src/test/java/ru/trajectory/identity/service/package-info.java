/** Tests of {@code ru.trajectory.identity.service}. */
package ru.trajectory.identity.service;
