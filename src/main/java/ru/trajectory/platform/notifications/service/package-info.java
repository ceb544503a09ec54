/**
 * {@link ru.trajectory.platform.notifications.service.Notifications} is what other modules
 * call: it writes a notification in their transaction and reads the caller's own. The rest
 * is the e-mail outbox: a timer ({@code MailDispatch}) claims due rows with
 * {@code FOR UPDATE SKIP LOCKED}, so several servers share the work without sending a row
 * twice, sends them through Jakarta Mail outside any transaction, and records the outcome.
 */
package ru.trajectory.platform.notifications.service;
