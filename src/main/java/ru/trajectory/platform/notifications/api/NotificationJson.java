package ru.trajectory.platform.notifications.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import ru.trajectory.platform.notifications.service.NotificationPage;
import ru.trajectory.platform.notifications.service.NotificationView;

/** The JSON of notifications: {@code {id, kind, title, body, link, createdAt, read}}; ids as strings. */
final class NotificationJson {

    private NotificationJson() {
    }

    static JsonObject page(NotificationPage page) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(n -> items.add(notification(n)));
        return Json.createObjectBuilder().add("items", items).add("total", page.total()).add("unread", page.unread())
                .build();
    }

    static JsonObject notification(NotificationView n) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(n.id()))
                .add("kind", n.kind())
                .add("title", n.title())
                .add("body", n.body());
        if (n.link() == null) {
            b.addNull("link");
        } else {
            b.add("link", n.link());
        }
        return b.add("createdAt", n.createdAt().toString()).add("read", n.read()).build();
    }
}
