package ru.trajectory.platform.notifications.service;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the caller's notifications: {@code total} counts the list that was asked for
 * (all or unread only), {@code unread} always counts the unread ones, for the bell.
 */
public record NotificationPage(List<NotificationView> items, long total, long unread) implements Serializable {

    public NotificationPage {
        items = List.copyOf(items);
    }
}
