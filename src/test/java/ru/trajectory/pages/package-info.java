/**
 * Browser journeys through the portal's pages: one page object per page, found by the
 * stable ids the views give their forms and headings, and the journeys that use them.
 */
package ru.trajectory.pages;
