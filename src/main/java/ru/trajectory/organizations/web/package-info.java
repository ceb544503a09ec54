/**
 * Pages of the territory and the staff register: the role home pages, the territory tree,
 * the school page with its staff list and import, and a person's profile. Beans here only
 * call the module's services and shape their answers for the views.
 */
package ru.trajectory.organizations.web;
