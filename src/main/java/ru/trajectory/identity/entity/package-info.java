/**
 * Accounts, role assignments with their scopes, API tokens, login throttles and the
 * security audit log, as stored. Entities guard their own invariants (a role only in a
 * scope it allows; a GLOBAL scope only without an id).
 */
package ru.trajectory.identity.entity;
