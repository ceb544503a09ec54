package ru.trajectory.diagnostics.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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

import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentDetail;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentRow;
import ru.trajectory.diagnostics.service.InstrumentAuthoring;
import ru.trajectory.diagnostics.service.InstrumentJson;
import ru.trajectory.diagnostics.service.InstrumentJson.Parsed;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.api.PageRequest;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code /authoring/instruments}: instruments as their authors (methodologists of the region)
 * see them — every version and status, with option scores. Teachers get 403 here; they take
 * published instruments through {@code /instruments}.
 */
@Path("authoring/instruments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthoringInstrumentResource {

    static final String NO_INSTRUMENT = "Диагностика не найдена";
    /** An exported instrument of 300 items with long texts stays well below this. */
    private static final int MAX_IMPORT_BYTES = 5 * 1024 * 1024;

    @Inject
    InstrumentAuthoring authoring;

    @Inject
    InstrumentJson instrumentJson;

    @Context
    UriInfo uri;

    @GET
    public JsonObject list(@QueryParam("page") String page, @QueryParam("size") String size) {
        PageRequest request = PageRequest.of(page, size);
        List<InstrumentRow> all = authoring.list();
        JsonArrayBuilder items = Json.createArrayBuilder();
        request.slice(all).getItems().forEach(r -> items.add(AuthoringJson.row(r)));
        return Json.createObjectBuilder().add("items", items).add("total", all.size()).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body) {
        return created(create(authoring, body), uri);
    }

    @GET
    @Path("{id}")
    public JsonObject get(@PathParam("id") String id) {
        return AuthoringJson.detail(authoring.get(Ids.path(id, NO_INSTRUMENT)));
    }

    /** Replaces a draft's content; {@code rowVersion} from the last read guards against overwriting someone's edit. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public JsonObject replace(@PathParam("id") String id, String body) {
        long instrumentId = Ids.path(id, NO_INSTRUMENT);
        JsonBody json = JsonBody.parse(body);
        Long rowVersion = rowVersion(json.json());
        Parsed parsed = InstrumentJson.read(json.json());
        return AuthoringJson.detail(authoring.replace(instrumentId, rowVersion, parsed.input(), parsed.errors()));
    }

    @POST
    @Path("{id}/publish")
    public JsonObject publish(@PathParam("id") String id) {
        return AuthoringJson.detail(authoring.publish(Ids.path(id, NO_INSTRUMENT)));
    }

    @POST
    @Path("{id}/archive")
    public JsonObject archive(@PathParam("id") String id) {
        return AuthoringJson.detail(authoring.archive(Ids.path(id, NO_INSTRUMENT)));
    }

    /** Starts the next version (a DRAFT copy): how a published instrument is changed. */
    @POST
    @Path("{id}/versions")
    public Response newVersion(@PathParam("id") String id) {
        return created(authoring.newVersion(Ids.path(id, NO_INSTRUMENT)), uri);
    }

    @GET
    @Path("{id}/export")
    public Response export(@PathParam("id") String id) {
        long instrumentId = Ids.path(id, NO_INSTRUMENT);
        JsonObject document = instrumentJson.export(instrumentId);
        InstrumentDetail detail = authoring.get(instrumentId);
        return Response.ok(document.toString(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"" + fileName(detail) + "\"")
                .build();
    }

    /** A new DRAFT from an exported document (a new code, or the next version of the region's own code). */
    @POST
    @Path("import")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    public Response importDocument(InputStream body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_IMPORT_BYTES + 1);
        if (content.length > MAX_IMPORT_BYTES) {
            throw ValidationFailure.of("file", "Файл больше " + MAX_IMPORT_BYTES / (1024 * 1024) + " МБ");
        }
        return created(instrumentJson.importDocument(new String(content, StandardCharsets.UTF_8)), uri);
    }

    /** The file name of an export: the code and version, which are ASCII by their format. */
    static String fileName(InstrumentDetail d) {
        return d.getCode() + "-v" + d.getVersion() + ".json";
    }

    static InstrumentDetail create(InstrumentAuthoring authoring, String body) {
        JsonBody json = JsonBody.parse(body);
        Parsed parsed = InstrumentJson.read(json.json());
        return authoring.create(parsed.input(), parsed.errors());
    }

    static Response created(InstrumentDetail detail, UriInfo uri) {
        return Response.created(uri.getBaseUriBuilder().path("authoring/instruments").path(String.valueOf(detail.getId()))
                .build()).entity(AuthoringJson.detail(detail)).build();
    }

    private static Long rowVersion(JsonObject json) {
        JsonValue v = json.get("rowVersion");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        String text = v.getValueType() == JsonValue.ValueType.NUMBER ? v.toString()
                : v.getValueType() == JsonValue.ValueType.STRING ? json.getString("rowVersion") : null;
        if (text == null || !text.strip().chars().allMatch(Character::isDigit) || text.isBlank() || text.length() > 18) {
            throw ValidationFailure.of("rowVersion", "rowVersion — целое число из последнего ответа GET");
        }
        return Long.parseLong(text.strip());
    }
}
