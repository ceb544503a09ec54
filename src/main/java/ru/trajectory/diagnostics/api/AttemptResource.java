package ru.trajectory.diagnostics.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import ru.trajectory.diagnostics.service.AttemptViews.AnswerInput;
import ru.trajectory.diagnostics.service.Attempts;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * An attempt taken step by step, as the pages do it: start (or resume), read a page, save an
 * answer, submit once. Only the person taking it can see it; for anyone else it does not exist.
 */
@Path("attempts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AttemptResource {

    @Inject
    Attempts attempts;

    @Context
    UriInfo uri;

    @GET
    public JsonObject mine() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        var history = attempts.history();
        history.forEach(s -> items.add(AttemptJson.summary(s)));
        return Json.createObjectBuilder().add("items", items).add("total", history.size()).build();
    }

    /** {@code {"instrumentId": "..."}} → 201 with the attempt's first page. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(String body) {
        JsonBody json = JsonBody.parse(body);
        Long instrumentId = json.id("instrumentId");
        json.throwIfInvalid();
        if (instrumentId == null) {
            throw ValidationFailure.of("instrumentId", "Укажите диагностику instrumentId");
        }
        long attemptId = attempts.start(instrumentId);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(attemptId)).build())
                .entity(AttemptJson.page(attempts.page(attemptId, 0))).build();
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return AttemptJson.summary(attempts.result(Ids.path(id, "Прохождение не найдено")));
    }

    @GET
    @Path("{id}/pages/{page}")
    public JsonObject page(@PathParam("id") String id, @PathParam("page") String page) {
        int index;
        try {
            index = Integer.parseInt(page);
        } catch (NumberFormatException e) {
            throw ValidationFailure.of("page", "Номер страницы — целое число от 0");
        }
        return AttemptJson.page(attempts.page(Ids.path(id, "Прохождение не найдено"), index));
    }

    /** Saves answers as they are given: {@code {"answers": [{"itemId", "optionIds"|"scale"}]}}. */
    @PUT
    @Path("{id}/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response answer(@PathParam("id") String id, String body) {
        long attemptId = Ids.path(id, "Прохождение не найдено");
        List<AnswerInput> answers = AnswersJson.list(JsonBody.parse(body).json());
        List<FieldError> errors = new ArrayList<>();
        for (AnswerInput a : answers) {
            try {
                attempts.answer(attemptId, a);
            } catch (ValidationFailure e) {
                errors.addAll(e.getErrors());
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/submit")
    public JsonObject submit(@PathParam("id") String id) {
        return AttemptJson.summary(attempts.submit(Ids.path(id, "Прохождение не найдено")));
    }
}
