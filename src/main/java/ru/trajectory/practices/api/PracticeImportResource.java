package ru.trajectory.practices.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import ru.trajectory.practices.service.PracticeImport;
import ru.trajectory.practices.service.PracticeInput;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * {@code POST /practices/import}: a JSON array of practices from an existing bank, stored
 * published by a methodologist of their region. Each item is the body of
 * {@code POST /practices} plus optional {@code schoolId}, {@code authorIds} (all authors, lead
 * first; none means the caller) and {@code publishedAt} ({@code YYYY-MM-DD}, taken as that day in
 * Moscow, or an ISO-8601 instant).
 *
 * <p>Answers <b>201 Created</b> with {@code {"imported": n, "ids": ["…", …]}}, ids in the order of
 * the items, because every call that succeeds creates resources; there is no single
 * {@code Location}. Any refused item stores nothing: 400 with {@code errors} naming the item
 * ({@code items[3].title}), or 403 when an item lies outside the caller's region.
 */
@Path("practices")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PracticeImportResource {

    /** 1000 practices of a few pages each; a larger body is a mistake or a load test, not a bank. */
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Inject
    PracticeImport practiceImport;

    @POST
    @Path("import")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importPractices(InputStream body) {
        practiceImport.requireImporter();
        List<PracticeImport.Item> items = items(read(body));
        List<Long> ids = practiceImport.importAll(items);
        JsonArrayBuilder created = Json.createArrayBuilder();
        ids.forEach(id -> created.add(String.valueOf(id)));
        return Response.status(Response.Status.CREATED)
                .entity(Json.createObjectBuilder().add("imported", ids.size()).add("ids", created).build()).build();
    }

    /** Read from a stream, so that an oversized body is refused before it is all in memory. */
    private static String read(InputStream body) {
        try {
            byte[] content = body == null ? new byte[0] : body.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw ValidationFailure.of("items", "Запрос больше " + MAX_BYTES / (1024 * 1024)
                        + " МБ; разделите импорт на части");
            }
            return new String(content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The items, or 400 listing every item whose JSON has a wrong shape; the service then checks
     * what the values mean. The size limit is the service's, checked before any item is read.
     */
    static List<PracticeImport.Item> items(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationFailure.of("items", "Тело запроса пустое: ожидается массив практик [ … ]");
        }
        JsonValue value;
        // A JsonParsingException propagates to JsonExceptionMapper: 400 «Некорректный JSON».
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        }
        if (!(value instanceof JsonArray array)) {
            throw ValidationFailure.of("items", "Ожидается массив практик [ … ]");
        }
        if (array.size() > PracticeImport.ITEMS_MAX) {
            throw ValidationFailure.of("items", "За один запрос — не больше " + PracticeImport.ITEMS_MAX
                    + " практик; разделите импорт на части");
        }
        List<FieldError> errors = new ArrayList<>();
        List<PracticeImport.Item> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String prefix = "items[" + i + "]";
            if (!(array.get(i) instanceof JsonObject o)) {
                errors.add(new FieldError(prefix, "Ожидается объект практики { … }"));
                continue;
            }
            List<FieldError> own = new ArrayList<>();
            PracticeInput input = null;
            try {
                input = PracticeJson.input(o.toString());
            } catch (ValidationFailure e) {
                own.addAll(e.getErrors());
            }
            JsonBody fields = JsonBody.of(o);
            Long schoolId = fields.id("schoolId");
            own.addAll(fields.errors());
            Instant publishedAt = instant(o.get("publishedAt"), own);
            own.forEach(e -> errors.add(new FieldError(prefix + "." + e.field(), e.message())));
            if (own.isEmpty()) {
                items.add(new PracticeImport.Item(input, schoolId, publishedAt));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return items;
    }

    /** A date (the start of that day in Moscow, where the regional banks live) or an instant. */
    private static Instant instant(JsonValue value, List<FieldError> errors) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString s) {
            String text = s.getString().strip();
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay(MOSCOW).toInstant()
                        : Instant.parse(text);
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new FieldError("publishedAt",
                "Дата публикации — ГГГГ-ММ-ДД или момент ISO-8601, например 2024-05-20 или 2024-05-20T09:00:00Z"));
        return null;
    }
}
