/**
 * The territory and staff as stored: Region, Municipality, School, ProgramYearStatus,
 * Partnership, SupportOrganization, Person and the Subject reference list. Named queries
 * live on the entities they read.
 */
package ru.trajectory.organizations.entity;
