/** Tests of {@code ru.trajectory.organizations.entity}. */
package ru.trajectory.organizations.entity;
