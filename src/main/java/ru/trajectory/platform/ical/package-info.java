/**
 * iCalendar (RFC 5545) output for calendar exports: events as VEVENTs with TEXT escaping,
 * line folding at 75 octets and CRLF line ends, written here because the format needs only
 * a few properties and a library would bring far more than it saves.
 */
package ru.trajectory.platform.ical;
