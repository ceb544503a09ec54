package ru.trajectory.courses.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.courses.service.Catalogue;
import ru.trajectory.courses.service.CourseInput;
import ru.trajectory.courses.service.CourseView;
import ru.trajectory.courses.service.SessionInput;
import ru.trajectory.courses.service.Sessions;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.PageRequest;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code GET/POST /courses}, {@code GET/PUT /courses/{id}} a course with its sessions, publishing and
 * archiving, {@code POST /courses/{id}/sessions}.
 */
@Path("courses")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    Catalogue catalogue;

    @Inject
    Sessions sessions;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list(@QueryParam("competency") String competency, @QueryParam("q") String q,
                           @QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        List<CourseView> found = catalogue.published(competency, q, request.first(), request.size());
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.forEach(c -> items.add(CourseJson.course(c)));
        return Json.createObjectBuilder().add("items", items).add("total", found.size()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        CourseView created = catalogue.create(courseInput(body));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(CourseJson.course(created)).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject update(@PathParam("id") String id, String body) {
        long courseId = Ids.path(id, "Курс не найден");
        return CourseJson.course(catalogue.update(courseId, courseInput(body)));
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return CourseJson.course(catalogue.course(Ids.path(id, "Курс не найден")));
    }

    @POST
    @Path("{id}/publish")
    public JsonObject publish(@PathParam("id") String id) {
        return CourseJson.course(catalogue.publish(Ids.path(id, "Курс не найден")));
    }

    @POST
    @Path("{id}/archive")
    public JsonObject archive(@PathParam("id") String id) {
        return CourseJson.course(catalogue.archive(Ids.path(id, "Курс не найден")));
    }

    @POST
    @Path("{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSession(@PathParam("id") String id, String body) {
        long courseId = Ids.path(id, "Курс не найден");
        CourseView.SessionView session = sessions.add(courseId, sessionInput(body));
        return Response.created(uri.getBaseUriBuilder().path("sessions").path(String.valueOf(session.getId())).build())
                .entity(CourseJson.session(session)).build();
    }

    private static CourseInput courseInput(String body) {
        JsonBody json = JsonBody.parse(body);
        CourseInput input = new CourseInput(json.string("title"), json.id("providerId"), number(json.string("hours"), "hours"),
                json.string("format"), json.string("description"), json.flag("federalRegister"),
                json.flag("requiresApproval"), strings(json.json(), "competencyCodes"),
                strings(json.json(), "positions"), strings(json.json(), "subjects"));
        json.throwIfInvalid();
        return input;
    }

    static SessionInput sessionInput(String body) {
        JsonBody json = JsonBody.parse(body);
        SessionInput input = new SessionInput(json.date("start"), json.date("end"), json.string("format"),
                json.string("place"), number(json.string("capacity"), "capacity"), json.date("enrollmentDeadline"));
        json.throwIfInvalid();
        return input;
    }

    private static Integer number(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ValidationFailure.of(field, "Ожидается целое число, а не «" + value + "»");
        }
    }

    private static Set<String> strings(JsonObject json, String field) {
        Set<String> result = new LinkedHashSet<>();
        JsonValue v = json.get(field);
        if (v == null || v == JsonValue.NULL) {
            return result;
        }
        if (!(v instanceof JsonArray array)) {
            throw ValidationFailure.of(field, "Ожидается массив строк");
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonString s)) {
                throw ValidationFailure.of(field, "Ожидается массив строк");
            }
            result.add(s.getString().strip());
        }
        return result;
    }
}
