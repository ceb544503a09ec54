package ru.trajectory.practices.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ru.trajectory.practices.search.SearchResult;
import ru.trajectory.practices.service.PracticeInput;
import ru.trajectory.practices.service.PracticeView;
import ru.trajectory.practices.service.ScoreInput;
import ru.trajectory.platform.api.JsonBody;
import ru.trajectory.platform.errors.ValidationFailure;

/** JSON shapes of the practices API, both ways. */
final class PracticeJson {

    /**
     * One factory for every builder: {@code Json.createObjectBuilder()} looks the JSON provider up
     * through the service loader on each call, which profiling showed to be a quarter of a faceted
     * search's processor time (one builder per facet value).
     */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());


    private PracticeJson() {
    }

    static JsonObject practice(PracticeView p) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", String.valueOf(p.id()))
                .add("title", p.title())
                .add("summary", p.summary())
                .add("body", p.body())
                .add("status", p.status())
                .add("regionId", String.valueOf(p.regionId()))
                .add("authors", authors(p))
                .add("authorIds", ids(p))
                .add("subjects", strings(p.subjects()))
                .add("levels", strings(p.levels()))
                .add("competencyCodes", strings(p.competencyCodes()))
                .add("tags", strings(p.tags()))
                .add("targetGroups", strings(p.targetGroups()))
                .add("applications", p.applications())
                .add("version", p.version())
                .add("createdAt", p.createdAt().toString())
                .add("updatedAt", p.updatedAt().toString());
        optional(json, "problem", p.problem());
        optional(json, "evidence", p.evidence());
        if (p.schoolId() != null) {
            json.add("schoolId", String.valueOf(p.schoolId()));
        }
        if (p.reviewScore() != null) {
            json.add("reviewScore", p.reviewScore());
        }
        if (p.publishedAt() != null) {
            json.add("publishedAt", p.publishedAt().toString());
        }
        return json.build();
    }

    static JsonObject searchResult(SearchResult result) {
        JsonObjectBuilder facets = JSON.createObjectBuilder();
        for (Map.Entry<String, List<SearchResult.FacetCount>> facet : result.facets().entrySet()) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            facet.getValue().forEach(v -> values.add(JSON.createObjectBuilder().add("value", v.value())
                    .add("count", v.count())));
            facets.add(facet.getKey(), values);
        }
        return JSON.createObjectBuilder().add("items", hits(result.items())).add("total", result.total())
                .add("facets", facets).add("fuzzy", result.fuzzy()).build();
    }

    static JsonArray hits(List<SearchResult.Hit> hits) {
        JsonArrayBuilder items = JSON.createArrayBuilder();
        hits.forEach(h -> items.add(JSON.createObjectBuilder().add("id", String.valueOf(h.id())).add("title", h.title())
                .add("snippet", h.snippet()).add("score", h.score())));
        return items.build();
    }

    static PracticeInput input(String body) {
        JsonBody json = JsonBody.parse(body);
        JsonObject o = json.json();
        PracticeInput input = new PracticeInput(json.string("title"), json.string("summary"), json.string("body"),
                json.string("problem"), json.string("evidence"), longs(o, "authorIds"), strings(o, "subjects"),
                strings(o, "levels"), strings(o, "competencyCodes"), strings(o, "tags"), strings(o, "targetGroups"));
        json.throwIfInvalid();
        return input;
    }

    /** {@code {"scores": [{"criterion", "score", "comment"}], "comment"}} */
    static List<ScoreInput> scores(JsonObject o) {
        JsonValue v = o.get("scores");
        List<ScoreInput> scores = new ArrayList<>();
        if (v == null || v == JsonValue.NULL) {
            return scores;
        }
        if (!(v instanceof JsonArray array)) {
            throw ValidationFailure.of("scores", "Ожидается массив оценок по критериям");
        }
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject s)) {
                throw ValidationFailure.of("scores", "Оценка — объект {criterion, score, comment}");
            }
            Integer score = s.get("score") instanceof JsonNumber n && n.isIntegral() ? n.intValue() : null;
            scores.add(new ScoreInput(text(s, "criterion"), score, text(s, "comment")));
        }
        return scores;
    }

    static String text(JsonObject o, String field) {
        return o.get(field) instanceof JsonString s ? s.getString() : null;
    }

    private static JsonArray authors(PracticeView p) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        p.authors().forEach(a -> array.add(JSON.createObjectBuilder().add("personId", String.valueOf(a.personId()))
                .add("lead", a.lead())));
        return array.build();
    }

    private static JsonArray ids(PracticeView p) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        p.authors().forEach(a -> array.add(String.valueOf(a.personId())));
        return array.build();
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        values.stream().sorted().forEach(array::add);
        return array.build();
    }

    private static void optional(JsonObjectBuilder json, String field, String value) {
        if (value != null) {
            json.add(field, value);
        }
    }

    private static List<String> strings(JsonObject json, String field) {
        List<String> result = new ArrayList<>();
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
            result.add(s.getString());
        }
        return result;
    }

    private static List<Long> longs(JsonObject json, String field) {
        List<Long> result = new ArrayList<>();
        JsonValue v = json.get(field);
        if (v == null || v == JsonValue.NULL) {
            return result;
        }
        if (!(v instanceof JsonArray array)) {
            throw ValidationFailure.of(field, "Ожидается массив идентификаторов");
        }
        for (JsonValue item : array) {
            if (item instanceof JsonNumber n && n.isIntegral()) {
                result.add(n.longValue());
            } else if (item instanceof JsonString s && s.getString().strip().matches("\\d{1,18}")) {
                result.add(Long.valueOf(s.getString().strip()));
            } else {
                throw ValidationFailure.of(field, "Ожидается массив идентификаторов");
            }
        }
        return result;
    }
}
