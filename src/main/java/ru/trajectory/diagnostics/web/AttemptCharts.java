package ru.trajectory.diagnostics.web;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriter;

import ru.trajectory.diagnostics.entity.Level;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptSummary;
import ru.trajectory.diagnostics.service.AttemptViews.CompetencyResult;

/**
 * Chart.js configurations for {@code p:chart}. Built as JSON on the server so that the pages
 * need no script of their own (the portal runs under a nonce-based CSP); PrimeFaces renders
 * the widget with its nonce.
 */
final class AttemptCharts {

    static final String DEFICIT_COLOUR = "#b91c1c";
    static final String PARTIAL_COLOUR = "#b45309";
    static final String PROFICIENT_COLOUR = "#15803d";
    private static final String[] PALETTE = {
        "#1d4ed8", "#b91c1c", "#15803d", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f",
        "#334155", "#c2410c", "#0369a1", "#a21caf"
    };
    private static final int LABEL_LENGTH = 42;

    private AttemptCharts() {
    }

    /**
     * Horizontal bars of the percent per competency, coloured by level, with the default
     * 60 % and 80 % thresholds drawn as vertical lines (line datasets: no plugin needed).
     */
    static String resultBars(List<CompetencyResult> results, ResourceBundle msg) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        JsonArrayBuilder deficitLine = Json.createArrayBuilder();
        JsonArrayBuilder proficientLine = Json.createArrayBuilder();
        for (CompetencyResult r : results) {
            labels.add(shorten(r.getName()));
            values.add(r.getScorePercent());
            colours.add(colour(r.getLevel()));
            deficitLine.add(Level.DEFAULT_DEFICIT_BELOW);
            proficientLine.add(Level.DEFAULT_PROFICIENT_FROM);
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(Json.createObjectBuilder()
                        .add("type", "bar")
                        .add("label", msg.getString("diag.chart.percent"))
                        .add("data", values)
                        .add("backgroundColor", colours)
                        .add("borderRadius", 3)
                        .add("order", 2))
                .add(thresholdLine(msg.getString("diag.chart.deficitThreshold"), deficitLine, DEFICIT_COLOUR))
                .add(thresholdLine(msg.getString("diag.chart.proficientThreshold"), proficientLine, PROFICIENT_COLOUR));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("indexAxis", "y")
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                .add("title", Json.createObjectBuilder().add("display", true).add("text", "%"))))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        return write(Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build());
    }

    /**
     * One line per competency across the finished attempts (oldest first); an attempt that did
     * not measure a competency leaves a gap that the line spans.
     */
    static String dynamics(List<AttemptSummary> finishedOldestFirst, ResourceBundle msg, DiagnosticsFormat format) {
        Map<String, String> names = new LinkedHashMap<>();
        for (AttemptSummary a : finishedOldestFirst) {
            for (CompetencyResult r : a.getResults()) {
                names.putIfAbsent(r.getCode(), r.getName());
            }
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (AttemptSummary a : finishedOldestFirst) {
            labels.add(Json.createArrayBuilder().add(format.date(a.getFinishedAt())).add(shorten(a.getInstrumentTitle())));
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (Map.Entry<String, String> competency : names.entrySet()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (AttemptSummary a : finishedOldestFirst) {
                BigDecimal value = a.getResults().stream().filter(r -> r.getCode().equals(competency.getKey()))
                        .map(CompetencyResult::getScorePercent).findFirst().orElse(null);
                if (value == null) {
                    data.addNull();
                } else {
                    data.add(value);
                }
            }
            String colour = PALETTE[i++ % PALETTE.length];
            datasets.add(Json.createObjectBuilder()
                    .add("label", shorten(competency.getValue()))
                    .add("data", data)
                    .add("borderColor", colour)
                    .add("backgroundColor", colour)
                    .add("spanGaps", true)
                    .add("tension", 0.2)
                    .add("pointRadius", 4));
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("min", 0).add("max", 100)
                                .add("title", Json.createObjectBuilder().add("display", true)
                                        .add("text", msg.getString("diag.chart.percent")))))
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")));
        return write(Json.createObjectBuilder()
                .add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build());
    }

    private static JsonObjectBuilder thresholdLine(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder()
                .add("type", "line")
                .add("label", label)
                .add("data", data)
                .add("indexAxis", "y")
                .add("borderColor", colour)
                .add("backgroundColor", colour)
                .add("borderDash", Json.createArrayBuilder().add(6).add(4))
                .add("borderWidth", 2)
                .add("pointRadius", 0)
                .add("fill", false)
                .add("order", 1);
    }

    static String colour(Level level) {
        if (level == Level.DEFICIT) {
            return DEFICIT_COLOUR;
        }
        return level == Level.PARTIAL ? PARTIAL_COLOUR : PROFICIENT_COLOUR;
    }

    private static String shorten(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= LABEL_LENGTH ? text : text.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    /**
     * The configuration is written into a script block: '<' is escaped so that no text of a
     * competency or instrument can close the script element.
     */
    private static String write(JsonObject config) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriter(out)) {
            writer.writeObject(config);
        }
        return out.toString().replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    static List<AttemptSummary> oldestFirst(List<AttemptSummary> newestFirst) {
        List<AttemptSummary> list = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(list);
        return list;
    }
}
