package ru.trajectory.platform.notifications.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.platform.api.PageRequest;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.notifications.service.Notifications;

/**
 * {@code GET /me/notifications?unread=true&page=&size=} → {@code {items, total, unread}}, newest
 * first; {@code POST /me/notifications/read-all} → {@code {marked, unread}}. A root of its own:
 * the longer literal path wins over {@code /me} in JAX-RS matching.
 */
@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MyNotificationsResource {

    @Inject
    Notifications notifications;

    @GET
    public JsonObject mine(@QueryParam("unread") String unread, @QueryParam("page") String page,
                           @QueryParam("size") String size) {
        boolean unreadOnly = flag(unread);
        PageRequest request = PageRequest.of(page, size);
        return NotificationJson.page(notifications.mine(unreadOnly, request.first(), request.size()));
    }

    @POST
    @Path("read-all")
    public JsonObject readAll() {
        int marked = notifications.markAllRead();
        return Json.createObjectBuilder().add("marked", marked).add("unread", notifications.unreadCount()).build();
    }

    /** Read from the raw string, so that {@code ?unread=yes} is a 400 that says why, not a silent false. */
    static boolean flag(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ValidationFailure.of("unread", "Параметр unread — true или false");
        };
    }
}
