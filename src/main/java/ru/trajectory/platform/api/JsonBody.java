package ru.trajectory.platform.api;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * A JSON object request body read field by field. Each field that has the wrong JSON type or
 * format becomes a Russian field error instead of a binding exception, so a client learns
 * which field to fix. Ids are accepted as strings (the contract) or as plain numbers.
 * Collect with the getters, then call {@link #throwIfInvalid()}.
 */
public final class JsonBody {

    private final JsonObject json;
    private final List<FieldError> errors = new ArrayList<>();

    private JsonBody(JsonObject json) {
        this.json = json;
    }

    /** Parses the body; anything but one JSON object is refused as malformed JSON (400). */
    public static JsonBody parse(String body) {
        if (body == null || body.isBlank()) {
            throw ValidationFailure.of("body", "Тело запроса пустое: ожидается объект JSON");
        }
        // A JsonParsingException propagates to JsonExceptionMapper: 400 «Некорректный JSON».
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ValidationFailure.of("body", "Ожидается объект JSON { … }");
            }
            return new JsonBody(value.asJsonObject());
        }
    }

    public static JsonBody of(JsonObject json) {
        return new JsonBody(json);
    }

    /** The whole object, for bodies with nested arrays that a resource reads itself. */
    public JsonObject json() {
        return json;
    }

    public String string(String field) {
        JsonValue v = value(field);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        if (v instanceof JsonNumber n) {
            return n.toString();
        }
        errors.add(new FieldError(field, "Ожидается строка"));
        return null;
    }

    public Long id(String field) {
        JsonValue v = value(field);
        if (v == null) {
            return null;
        }
        String text = v instanceof JsonString s ? s.getString() : v instanceof JsonNumber n ? n.toString() : null;
        Long id = Ids.parse(text);
        if (id == null) {
            errors.add(new FieldError(field, "Идентификатор — положительное целое число в строке, например \"42\""));
        }
        return id;
    }

    public LocalDate date(String field) {
        JsonValue v = value(field);
        if (v == null) {
            return null;
        }
        if (v instanceof JsonString s) {
            try {
                return LocalDate.parse(s.getString().strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        errors.add(new FieldError(field, "Дата в формате ГГГГ-ММ-ДД, например 2026-09-01"));
        return null;
    }

    /** A boolean; absent or null reads as false. */
    public boolean flag(String field) {
        JsonValue v = value(field);
        if (v == null || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        errors.add(new FieldError(field, "Ожидается true или false"));
        return false;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
    }

    private JsonValue value(String field) {
        JsonValue v = json.get(field);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
    }
}
