package ru.trajectory.testing;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

/** Bodies the practice API takes, as the tests write and review practices through it. */
public final class TestPractices {

    /** The review criteria in the order the score arrays below follow. */
    public static final String[] CRITERIA = {"RELEVANCE", "EFFECTIVENESS", "REPRODUCIBILITY", "NOVELTY",
        "METHODICAL_QUALITY"};

    private TestPractices() {
    }

    /** A complete practice about meaningful reading in lower secondary school, under the given title. */
    public static JsonObject practice(String title, String body) {
        return Json.createObjectBuilder()
                .add("title", title)
                .add("summary", "Система приёмов смыслового чтения на уроках в основной школе")
                .add("body", body)
                .add("subjects", Json.createArrayBuilder().add("RUSSIAN"))
                .add("levels", Json.createArrayBuilder().add("OOO"))
                .add("tags", Json.createArrayBuilder().add("смысловое чтение"))
                .add("targetGroups", Json.createArrayBuilder().add("UNMOTIVATED"))
                .build();
    }

    /** {@code {"scores": [...]}}: the values go to the criteria in order; fewer values leave the rest unscored. */
    public static JsonObject scores(int... values) {
        JsonArrayBuilder scores = Json.createArrayBuilder();
        for (int i = 0; i < values.length; i++) {
            scores.add(Json.createObjectBuilder().add("criterion", CRITERIA[i]).add("score", values[i]));
        }
        return Json.createObjectBuilder().add("scores", scores).build();
    }
}
