/**
 * Module organizations: the territory (regions, municipalities, schools and their flags in
 * each program year), partnerships between schools, support organisations, and the staff
 * register with its CSV/XLSX import. Every other module counts and scopes by this tree.
 */
package ru.trajectory.organizations;
