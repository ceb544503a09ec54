/** Tests of {@code ru.trajectory.identity.entity}. */
package ru.trajectory.identity.entity;
