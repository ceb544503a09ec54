package ru.trajectory.diagnostics.api;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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

import ru.trajectory.diagnostics.entity.Instrument;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptSummary;
import ru.trajectory.diagnostics.service.AttemptViews.InstrumentCard;
import ru.trajectory.diagnostics.service.Attempts;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.PageRequest;

/**
 * Instruments as the person taking them sees them: those meant for the caller, an
 * instrument's questions without scores, and {@code POST /instruments/{id}/attempts}, which
 * answers and submits in one call. Authoring lives under {@code /authoring/instruments}.
 */
@Path("instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InstrumentResource {

    @Inject
    Attempts attempts;

    @Context
    UriInfo uri;

    @GET
    public JsonObject available(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        List<InstrumentCard> all = attempts.available();
        JsonArrayBuilder items = Json.createArrayBuilder();
        request.slice(all).getItems().forEach(c -> items.add(AttemptJson.card(c)));
        return Json.createObjectBuilder().add("items", items).add("total", all.size()).build();
    }

    @GET
    @Path("{id}")
    public JsonObject questions(@PathParam("id") String id) {
        long instrumentId = Ids.path(id, "Диагностика не найдена");
        Instrument instrument = attempts.instrumentFor(instrumentId);
        JsonArrayBuilder items = Json.createArrayBuilder();
        attempts.questions(instrumentId).forEach(q -> items.add(AttemptJson.question(q)));
        var b = Json.createObjectBuilder()
                .add("id", String.valueOf(instrument.getId()))
                .add("code", instrument.getCode())
                .add("version", instrument.getVersion())
                .add("title", instrument.getTitle())
                .add("kind", instrument.getKind().name())
                .add("items", items);
        if (instrument.getTimeLimitMinutes() != null) {
            b.add("timeLimitMinutes", instrument.getTimeLimitMinutes());
        }
        return b.build();
    }

    @POST
    @Path("{id}/attempts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response take(@PathParam("id") String id, String body) {
        long instrumentId = Ids.path(id, "Диагностика не найдена");
        JsonObject json = JsonBody.parse(body).json();
        AttemptSummary result = attempts.takeAtOnce(instrumentId, AnswersJson.list(json));
        return Response.created(uri.getBaseUriBuilder().path("attempts").path(String.valueOf(result.getAttemptId())).build())
                .entity(AttemptJson.summary(result)).build();
    }
}
