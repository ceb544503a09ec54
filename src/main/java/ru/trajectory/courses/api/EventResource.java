package ru.trajectory.courses.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.courses.service.EventDetails;
import ru.trajectory.courses.service.EventRegistrationView;
import ru.trajectory.courses.service.EventView;
import ru.trajectory.courses.service.LearningEvents;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.PageRequest;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code GET/POST /events}, {@code GET /events/{id}}, {@code POST /events/{id}/registrations}
 * (self), {@code GET /events/{id}/registrations} (who registered and attended, for the
 * methodologist) and {@code POST /events/{id}/attendance} with {@code {"personIds": [...]}}.
 */
@Path("events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    LearningEvents events;

    @Context
    UriInfo uri;

    @GET
    public JsonObject upcoming(@QueryParam("from") String from, @QueryParam("page") String page,
                               @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        Instant start = from == null ? Instant.now() : instant(from, "from");
        List<EventView> found = events.upcoming(start, request.first(), request.size());
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(e -> items.add(json(e)));
        return Json.createObjectBuilder().add("items", items).add("total", found.size()).build();
    }

    /** {@code {"title", "kind", "startsAt", "endsAt", "place"?, "description"?, "capacity"?, "competencyCodes"?}}. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        JsonBody json = JsonBody.parse(body);
        String startsAt = json.string("startsAt");
        String endsAt = json.string("endsAt");
        String capacity = json.string("capacity");
        String title = json.string("title");
        String kind = json.string("kind");
        String place = json.string("place");
        String description = json.string("description");
        json.throwIfInvalid();
        EventView created = events.create(title, kind,
                startsAt == null ? null : instant(startsAt, "startsAt"), endsAt == null ? null : instant(endsAt, "endsAt"),
                place, description, capacity == null ? null : integer(capacity), codes(json.json()));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(json(created)).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        EventDetails details = events.event(Ids.path(id, "Мероприятие не найдено"));
        JsonObjectBuilder b = Json.createObjectBuilder(json(details.getEvent()))
                .add("registrationOpen", details.isRegistrationOpen())
                .add("registeredByMe", details.isRegistered());
        if (details.getDescription() != null) {
            b.add("description", details.getDescription());
        }
        return b.build();
    }

    @GET
    @Path("{id}/registrations")
    public JsonObject registrations(@PathParam("id") String id) {
        List<EventRegistrationView> found = events.registrations(Ids.path(id, "Мероприятие не найдено"));
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(r -> items.add(Json.createObjectBuilder()
                .add("personId", String.valueOf(r.getPersonId()))
                .add("fullName", r.getFullName())
                .add("school", r.getSchool())
                .add("registeredAt", r.getRegisteredAt().toString())
                .add("attended", r.isAttended())));
        return Json.createObjectBuilder().add("items", items).add("total", found.size()).build();
    }

    @POST
    @Path("{id}/registrations")
    public Response register(@PathParam("id") String id) {
        EventView event = events.register(Ids.path(id, "Мероприятие не найдено"));
        return Response.status(201).entity(json(event)).build();
    }

    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject attendance(@PathParam("id") String id, String body) {
        JsonValue people = JsonBody.parse(body).json().get("personIds");
        if (!(people instanceof JsonArray array)) {
            throw ValidationFailure.of("personIds", "Ожидается массив идентификаторов personIds");
        }
        List<Long> ids = new ArrayList<>();
        for (JsonValue v : array) {
            Long person = v instanceof JsonString s ? Ids.parse(s.getString()) : Ids.parse(v.toString());
            if (person == null) {
                throw ValidationFailure.of("personIds", "Идентификатор человека — целое число");
            }
            ids.add(person);
        }
        int marked = events.markAttendance(Ids.path(id, "Мероприятие не найдено"), ids);
        return Json.createObjectBuilder().add("marked", marked).build();
    }

    private static JsonObject json(EventView e) {
        JsonArrayBuilder codes = Json.createArrayBuilder();
        e.getCompetencyCodes().stream().sorted().forEach(codes::add);
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(e.getId()))
                .add("title", e.getTitle())
                .add("kind", e.getKind().name())
                .add("startsAt", e.getStartsAt().toString())
                .add("endsAt", e.getEndsAt().toString())
                .add("status", e.getStatus().name())
                .add("registered", e.getRegistered())
                .add("attended", e.getAttended())
                .add("competencyCodes", codes);
        if (e.getPlace() != null) {
            b.add("place", e.getPlace());
        }
        if (e.getCapacity() != null) {
            b.add("capacity", e.getCapacity()).add("seatsLeft", Math.max(0, e.getCapacity() - e.getRegistered()));
        }
        return b.build();
    }

    private static Set<String> codes(JsonObject json) {
        Set<String> result = new LinkedHashSet<>();
        if (json.get("competencyCodes") instanceof JsonArray array) {
            for (JsonValue v : array) {
                if (v instanceof JsonString s) {
                    result.add(s.getString().strip());
                }
            }
        }
        return result;
    }

    private static Instant instant(String value, String field) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ValidationFailure.of(field, "Момент времени — в формате ISO-8601 UTC, например 2026-12-01T09:00:00Z");
        }
    }

    private static Integer integer(String value) {
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailure.of("capacity", "Число мест — целое число");
        }
    }
}
