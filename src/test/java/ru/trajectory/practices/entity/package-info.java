/** Unit tests of the practice entities' invariants and review workflow. */
package ru.trajectory.practices.entity;
