package ru.trajectory.diagnostics.service;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ru.trajectory.diagnostics.service.AuthoringInput.InstrumentInput;
import ru.trajectory.diagnostics.service.AuthoringInput.ItemInput;
import ru.trajectory.diagnostics.service.AuthoringInput.OptionInput;
import ru.trajectory.diagnostics.service.AuthoringInput.ThresholdInput;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentDetail;
import ru.trajectory.diagnostics.service.AuthoringViews.ItemView;
import ru.trajectory.diagnostics.service.AuthoringViews.OptionView;
import ru.trajectory.diagnostics.service.AuthoringViews.ThresholdView;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * An instrument as a portable JSON document, for exchanging diagnostics between regions and
 * keeping them outside the portal:
 * <pre>{"code","title","kind","description","timeLimitMinutes","itemsPerPage",
 *  "audience":{"positions":[],"subjects":[]},
 *  "thresholds":[{"competencyCode","deficitBelow","proficientFrom"}],
 *  "items":[{"text","kind","competencyCode","weight","options":[{"text","score"}]}]}</pre>
 * Competencies travel by their stable codes, never by ids. An import is read whole and
 * checked whole: every wrong field comes back with its path (for example
 * {@code items[3].competencyCode}) and nothing is stored.
 */
@ApplicationScoped
public class InstrumentJson {

    @Inject
    InstrumentAuthoring authoring;

    /** A document read from JSON and the problems of reading it (wrong types, not an array …). */
    public record Parsed(InstrumentInput input, List<FieldError> errors) {
    }

    /** Any version of an instrument of the caller's region, scores included. */
    public JsonObject export(long instrumentId) {
        return toJson(authoring.get(instrumentId));
    }

    /** A new DRAFT from an exported document: a new code, or the next version of the region's own code. */
    public InstrumentDetail importDocument(String text) {
        JsonObject json = parseObject(text);
        Parsed parsed = read(json);
        return authoring.importDraft(parsed.input(), parsed.errors());
    }

    /** The document of an instrument. */
    public static JsonObject toJson(InstrumentDetail d) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("code", d.getCode())
                .add("title", d.getTitle())
                .add("kind", d.getKind().name());
        nullable(b, "description", d.getDescription());
        if (d.getTimeLimitMinutes() == null) {
            b.addNull("timeLimitMinutes");
        } else {
            b.add("timeLimitMinutes", d.getTimeLimitMinutes());
        }
        b.add("itemsPerPage", d.getItemsPerPage());
        b.add("audience", Json.createObjectBuilder()
                .add("positions", Json.createArrayBuilder(d.getPositions()))
                .add("subjects", Json.createArrayBuilder(d.getSubjects())));
        JsonArrayBuilder thresholds = Json.createArrayBuilder();
        for (ThresholdView t : d.getThresholds()) {
            if (t.isCustom()) {
                thresholds.add(Json.createObjectBuilder()
                        .add("competencyCode", t.getCompetencyCode())
                        .add("deficitBelow", plain(t.getDeficitBelow()))
                        .add("proficientFrom", plain(t.getProficientFrom())));
            }
        }
        b.add("thresholds", thresholds);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ItemView item : d.getItems()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            for (OptionView o : item.getOptions()) {
                options.add(Json.createObjectBuilder().add("text", o.getText()).add("score", plain(o.getScore())));
            }
            items.add(Json.createObjectBuilder()
                    .add("text", item.getText())
                    .add("kind", item.getKind().name())
                    .add("competencyCode", item.getCompetencyCode())
                    .add("weight", plain(item.getWeight()))
                    .add("options", options));
        }
        b.add("items", items);
        return b.build();
    }

    /** One JSON object, or a 400 that says the text is not one. */
    public static JsonObject parseObject(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationFailure.of("file", "Файл пустой: ожидается описание диагностики в формате JSON");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            value = reader.readValue();
        } catch (JsonException e) {
            throw ValidationFailure.of("file", "Это не JSON: проверьте, что загружен файл, выгруженный из портала");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw ValidationFailure.of("file", "Ожидается объект JSON { … } с описанием диагностики");
        }
        return value.asJsonObject();
    }

    /** Reads a document (or an API body of the same shape) into the authoring input, collecting type errors. */
    public static Parsed read(JsonObject json) {
        Reader r = new Reader();
        InstrumentInput in = new InstrumentInput();
        in.setCode(r.string(json, "code", "code"));
        in.setTitle(r.string(json, "title", "title"));
        in.setKind(r.string(json, "kind", "kind"));
        in.setDescription(r.string(json, "description", "description"));
        in.setTimeLimitMinutes(r.integer(json, "timeLimitMinutes", "timeLimitMinutes"));
        Integer perPage = r.integer(json, "itemsPerPage", "itemsPerPage");
        in.setItemsPerPage(perPage == null ? 5 : perPage);
        JsonObject audience = r.object(json, "audience", "audience");
        if (audience != null) {
            in.setPositions(r.strings(audience, "positions", "audience.positions"));
            in.setSubjects(r.strings(audience, "subjects", "audience.subjects"));
        }
        List<ThresholdInput> thresholds = new ArrayList<>();
        JsonArray ts = r.array(json, "thresholds", "thresholds");
        for (int i = 0; ts != null && i < ts.size(); i++) {
            String p = "thresholds[" + i + "]";
            JsonObject t = r.element(ts, i, p);
            thresholds.add(t == null ? null : new ThresholdInput(r.string(t, "competencyCode", p + ".competencyCode"),
                    r.number(t, "deficitBelow", p + ".deficitBelow"), r.number(t, "proficientFrom", p + ".proficientFrom")));
        }
        in.setThresholds(thresholds);
        List<ItemInput> items = new ArrayList<>();
        JsonArray is = r.array(json, "items", "items");
        for (int i = 0; is != null && i < is.size(); i++) {
            String p = "items[" + i + "]";
            JsonObject o = r.element(is, i, p);
            if (o == null) {
                items.add(null);
                continue;
            }
            ItemInput item = new ItemInput(r.string(o, "text", p + ".text"), r.string(o, "kind", p + ".kind"),
                    r.string(o, "competencyCode", p + ".competencyCode"), r.number(o, "weight", p + ".weight"));
            List<OptionInput> options = new ArrayList<>();
            JsonArray os = r.array(o, "options", p + ".options");
            for (int j = 0; os != null && j < os.size(); j++) {
                String q = p + ".options[" + j + "]";
                JsonObject opt = r.element(os, j, q);
                options.add(opt == null ? null
                        : new OptionInput(r.string(opt, "text", q + ".text"), r.number(opt, "score", q + ".score")));
            }
            item.setOptions(options);
            items.add(item);
        }
        in.setItems(items);
        return new Parsed(in, List.copyOf(r.errors));
    }

    /** 1.00 → 1, 0.50 → 0.5: numbers as a person would write them, the same on every export. */
    static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    private static void nullable(JsonObjectBuilder b, String name, String value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value);
        }
    }

    /** Reads fields by JSON type, turning each mismatch into a Russian error at its path. */
    private static final class Reader {

        final List<FieldError> errors = new ArrayList<>();

        private static JsonValue value(JsonObject o, String name) {
            JsonValue v = o.get(name);
            return v == null || v.getValueType() == JsonValue.ValueType.NULL ? null : v;
        }

        String string(JsonObject o, String name, String path) {
            JsonValue v = value(o, name);
            if (v == null) {
                return null;
            }
            if (v instanceof JsonString s) {
                return s.getString();
            }
            errors.add(new FieldError(path, "Ожидается строка"));
            return null;
        }

        BigDecimal number(JsonObject o, String name, String path) {
            JsonValue v = value(o, name);
            if (v == null) {
                return null;
            }
            if (v instanceof JsonNumber n) {
                return n.bigDecimalValue();
            }
            errors.add(new FieldError(path, "Ожидается число, например 1 или 0.5"));
            return null;
        }

        Integer integer(JsonObject o, String name, String path) {
            JsonValue v = value(o, name);
            if (v == null) {
                return null;
            }
            if (v instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(100_000)) < 0) {
                return n.intValue();
            }
            errors.add(new FieldError(path, "Ожидается целое число"));
            return null;
        }

        JsonObject object(JsonObject o, String name, String path) {
            JsonValue v = value(o, name);
            if (v == null) {
                return null;
            }
            if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                return v.asJsonObject();
            }
            errors.add(new FieldError(path, "Ожидается объект { … }"));
            return null;
        }

        JsonArray array(JsonObject o, String name, String path) {
            JsonValue v = value(o, name);
            if (v == null) {
                return null;
            }
            if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                return v.asJsonArray();
            }
            errors.add(new FieldError(path, "Ожидается массив [ … ]"));
            return null;
        }

        JsonObject element(JsonArray a, int index, String path) {
            JsonValue v = a.get(index);
            if (v.getValueType() == JsonValue.ValueType.OBJECT) {
                return v.asJsonObject();
            }
            errors.add(new FieldError(path, "Ожидается объект { … }"));
            return null;
        }

        List<String> strings(JsonObject o, String name, String path) {
            JsonArray a = array(o, name, path);
            List<String> values = new ArrayList<>();
            for (int i = 0; a != null && i < a.size(); i++) {
                if (a.get(i) instanceof JsonString s) {
                    values.add(s.getString());
                } else {
                    errors.add(new FieldError(path + "[" + i + "]", "Ожидается строка"));
                }
            }
            return values;
        }
    }
}
