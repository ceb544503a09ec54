/**
 * Module identity: who may sign in and what they may do. Accounts belong to people of the
 * staff register; each account holds roles, each role within a scope (a school, a
 * municipality, a region, or everything for an administrator). Sign-in is Jakarta Security
 * with PBKDF2 hashes, throttled and audited; the API uses bearer tokens.
 */
package ru.trajectory.identity;
