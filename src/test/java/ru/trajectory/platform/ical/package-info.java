/** Unit tests of the iCalendar writer: escaping, folding by octets, line ends, whole-day spans. */
package ru.trajectory.platform.ical;
