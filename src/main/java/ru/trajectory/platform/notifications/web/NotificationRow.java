package ru.trajectory.platform.notifications.web;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import ru.trajectory.platform.notifications.service.NotificationView;

/**
 * A notification as the page shows it. A bean with getters, because Jakarta EL 5 does not read
 * record components; times in Moscow time, as the rest of the portal shows them.
 */
public class NotificationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    private final NotificationView view;

    NotificationRow(NotificationView view) {
        this.view = view;
    }

    public long getId() {
        return view.id();
    }

    public String getKind() {
        return view.kind();
    }

    public String getTitle() {
        return view.title();
    }

    public String getBody() {
        return view.body();
    }

    public String getLink() {
        return view.link();
    }

    public boolean isRead() {
        return view.read();
    }

    /** For the {@code datetime} attribute of {@code <time>}. */
    public String getCreatedAt() {
        return view.createdAt().toString();
    }

    public String getWhen() {
        return WHEN.format(view.createdAt());
    }
}
