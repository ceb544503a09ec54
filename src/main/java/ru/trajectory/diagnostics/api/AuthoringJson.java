package ru.trajectory.diagnostics.api;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import ru.trajectory.diagnostics.service.AuthoringViews.AreaView;
import ru.trajectory.diagnostics.service.AuthoringViews.CompetencyView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkVersionView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkView;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentDetail;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentRow;
import ru.trajectory.diagnostics.service.AuthoringViews.ItemView;
import ru.trajectory.diagnostics.service.AuthoringViews.OptionView;
import ru.trajectory.diagnostics.service.AuthoringViews.ThresholdView;

/** JSON of the authoring views: frameworks, competencies, instruments with their scores. Ids are strings. */
final class AuthoringJson {

    private AuthoringJson() {
    }

    /** A competency as {@code GET /competencies} lists it: {@code {code, name, area, subject?, description?}}. */
    static JsonObject competency(CompetencyView c) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("code", c.getCode())
                .add("name", c.getName())
                .add("area", c.getAreaCode())
                .add("areaName", c.getAreaName());
        if (c.getSubjectCode() != null) {
            b.add("subject", c.getSubjectCode());
        }
        if (c.getDescription() != null) {
            b.add("description", c.getDescription());
        }
        return b.build();
    }

    static JsonObject framework(FrameworkView f) {
        JsonArrayBuilder areas = Json.createArrayBuilder();
        for (AreaView a : f.getAreas()) {
            JsonArrayBuilder competencies = Json.createArrayBuilder();
            a.getCompetencies().forEach(c -> competencies.add(competency(c)));
            areas.add(Json.createObjectBuilder().add("code", a.getCode()).add("name", a.getName())
                    .add("competencies", competencies));
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("code", f.getCode())
                .add("version", f.getVersion())
                .add("name", f.getName())
                .add("status", f.getStatus().name())
                .add("competencyCount", f.getCompetencyCount());
        instant(b, "publishedAt", f.getPublishedAt());
        return b.add("areas", areas).build();
    }

    static JsonObject version(FrameworkVersionView v) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("version", v.getVersion())
                .add("status", v.getStatus().name())
                .add("competencyCount", v.getCompetencyCount());
        instant(b, "publishedAt", v.getPublishedAt());
        return b.build();
    }

    static JsonObject row(InstrumentRow r) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(r.getId()))
                .add("code", r.getCode())
                .add("version", r.getVersion())
                .add("title", r.getTitle())
                .add("kind", r.getKind().name())
                .add("status", r.getStatus().name())
                .add("itemCount", r.getItemCount())
                .add("newVersionAllowed", r.isNewVersionAllowed());
        instant(b, "createdAt", r.getCreatedAt());
        instant(b, "publishedAt", r.getPublishedAt());
        return b.build();
    }

    /** The whole instrument for its authors: the export document's fields plus ids, status and versions. */
    static JsonObject detail(InstrumentDetail d) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(d.getId()))
                .add("code", d.getCode())
                .add("version", d.getVersion())
                .add("status", d.getStatus().name())
                .add("title", d.getTitle())
                .add("kind", d.getKind().name());
        if (d.getDescription() == null) {
            b.addNull("description");
        } else {
            b.add("description", d.getDescription());
        }
        if (d.getTimeLimitMinutes() == null) {
            b.addNull("timeLimitMinutes");
        } else {
            b.add("timeLimitMinutes", d.getTimeLimitMinutes());
        }
        b.add("itemsPerPage", d.getItemsPerPage())
                .add("audience", Json.createObjectBuilder()
                        .add("positions", Json.createArrayBuilder(d.getPositions()))
                        .add("subjects", Json.createArrayBuilder(d.getSubjects())))
                .add("framework", Json.createObjectBuilder().add("code", d.getFrameworkCode())
                        .add("version", d.getFrameworkVersion()))
                .add("rowVersion", d.getRowVersion());
        instant(b, "createdAt", d.getCreatedAt());
        instant(b, "publishedAt", d.getPublishedAt());
        JsonArrayBuilder thresholds = Json.createArrayBuilder();
        for (ThresholdView t : d.getThresholds()) {
            thresholds.add(Json.createObjectBuilder()
                    .add("competencyCode", t.getCompetencyCode())
                    .add("competencyName", t.getCompetencyName())
                    .add("deficitBelow", plain(t.getDeficitBelow()))
                    .add("proficientFrom", plain(t.getProficientFrom()))
                    .add("custom", t.isCustom()));
        }
        b.add("thresholds", thresholds);
        JsonArrayBuilder items = Json.createArrayBuilder();
        for (ItemView i : d.getItems()) {
            JsonArrayBuilder options = Json.createArrayBuilder();
            for (OptionView o : i.getOptions()) {
                options.add(Json.createObjectBuilder().add("id", String.valueOf(o.getId())).add("text", o.getText())
                        .add("score", plain(o.getScore())));
            }
            items.add(Json.createObjectBuilder()
                    .add("id", String.valueOf(i.getId()))
                    .add("position", i.getPosition())
                    .add("text", i.getText())
                    .add("kind", i.getKind().name())
                    .add("competencyCode", i.getCompetencyCode())
                    .add("competencyName", i.getCompetencyName())
                    .add("weight", plain(i.getWeight()))
                    .add("options", options));
        }
        return b.add("items", items).build();
    }

    private static void instant(JsonObjectBuilder b, String name, Instant value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value.toString());
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
