package ru.trajectory.platform.notifications.service;

import java.io.Serializable;
import java.time.Instant;

import ru.trajectory.platform.notifications.entity.Notification;

/** A notification as its person sees it, detached from the database. */
public record NotificationView(long id, String kind, String title, String body, String link, Instant createdAt,
                               boolean read) implements Serializable {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getTitle(), n.getBody(), n.getLink(), n.getCreatedAt(),
                n.isRead());
    }
}
