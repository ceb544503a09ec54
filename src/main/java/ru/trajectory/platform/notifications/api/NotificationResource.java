package ru.trajectory.platform.notifications.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.notifications.service.Notifications;

/** {@code POST /notifications/{id}/read}: marks one of the caller's notifications read (404 for anyone else's). */
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    Notifications notifications;

    @POST
    @Path("{id}/read")
    public JsonObject read(@PathParam("id") String id) {
        return NotificationJson.notification(notifications.markRead(Ids.path(id, "Уведомление не найдено")));
    }
}
