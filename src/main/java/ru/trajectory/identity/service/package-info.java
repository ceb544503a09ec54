/**
 * Use cases of identity, each a transaction: checking a login and password
 * ({@code Authentication}) with throttling and audit, issuing and resolving API tokens,
 * changing a password, granting and revoking roles. {@code CurrentCaller} tells every other
 * module who is asking.
 */
package ru.trajectory.identity.service;
