package ru.trajectory.practices.api;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import ru.trajectory.practices.search.Suggestion;
import ru.trajectory.practices.service.SuggestedPractice;

/**
 * JSON of {@code GET /practices/suggest} ({@code {"items": [{id, title}]}}) and
 * {@code GET /practices/suggestions} ({@code {"items": [{id, title, summary, reviewScore?,
 * applications, reason}]}}); ids as strings, as API.md has them.
 */
final class SuggestionJson {

    private SuggestionJson() {
    }

    static JsonObject titles(List<Suggestion> suggestions) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        suggestions.forEach(s -> items.add(Json.createObjectBuilder().add("id", String.valueOf(s.id()))
                .add("title", s.title())));
        return Json.createObjectBuilder().add("items", items).build();
    }

    static JsonObject practices(List<SuggestedPractice> practices) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (SuggestedPractice p : practices) {
            JsonObjectBuilder item = Json.createObjectBuilder()
                    .add("id", String.valueOf(p.id()))
                    .add("title", p.title())
                    .add("summary", p.summary())
                    .add("applications", p.applications())
                    .add("reason", p.reason());
            if (p.reviewScore() != null) {
                item.add("reviewScore", p.reviewScore());
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("items", items).build();
    }
}
