package ru.trajectory.platform.notifications.service;

/** One e-mail claimed from the outbox: the notification it copies, the address and the text. */
public record OutgoingMail(long notificationId, String to, MailText text) {
}
