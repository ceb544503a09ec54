/** Tests of {@code ru.trajectory.platform.notifications.service}: mail wording, retries, links. */
package ru.trajectory.platform.notifications.service;
