/** Tests of the notifications module end to end: API, e-mail delivery and the courses that notify. */
package ru.trajectory.platform.notifications;
