package ru.trajectory.diagnostics.api;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import ru.trajectory.diagnostics.service.AttemptViews.AttemptPage;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptSummary;
import ru.trajectory.diagnostics.service.AttemptViews.CompetencyResult;
import ru.trajectory.diagnostics.service.AttemptViews.InstrumentCard;
import ru.trajectory.diagnostics.service.AttemptViews.OptionView;
import ru.trajectory.diagnostics.service.AttemptViews.QuestionView;

/** JSON shapes of instruments and attempts for the person taking them (no scores of options). */
final class AttemptJson {

    private AttemptJson() {
    }

    static JsonObject card(InstrumentCard c) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(c.getId()))
                .add("code", c.getCode())
                .add("version", c.getVersion())
                .add("title", c.getTitle())
                .add("kind", c.getKind().name())
                .add("itemCount", c.getItemCount());
        if (c.getDescription() != null) {
            b.add("description", c.getDescription());
        }
        if (c.getTimeLimitMinutes() != null) {
            b.add("timeLimitMinutes", c.getTimeLimitMinutes());
        }
        if (c.getOpenAttemptId() != null) {
            b.add("openAttemptId", String.valueOf(c.getOpenAttemptId()));
        }
        return b.build();
    }

    static JsonObject question(QuestionView q) {
        JsonArrayBuilder options = Json.createArrayBuilder();
        for (OptionView o : q.getOptions()) {
            options.add(Json.createObjectBuilder().add("id", String.valueOf(o.getId())).add("text", o.getText()));
        }
        JsonArrayBuilder chosen = Json.createArrayBuilder();
        q.getChosenOptionIds().forEach(id -> chosen.add(String.valueOf(id)));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(q.getItemId()))
                .add("position", q.getPosition())
                .add("text", q.getText())
                .add("kind", q.getKind().name())
                .add("options", options)
                .add("optionIds", chosen);
        if (q.getScaleValue() != null) {
            b.add("scale", q.getScaleValue());
        }
        return b.build();
    }

    static JsonObject page(AttemptPage p) {
        JsonArrayBuilder questions = Json.createArrayBuilder();
        p.getQuestions().forEach(q -> questions.add(question(q)));
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("attemptId", String.valueOf(p.getAttemptId()))
                .add("page", p.getPageIndex())
                .add("pageCount", p.getPageCount())
                .add("itemCount", p.getItemCount())
                .add("answeredCount", p.getAnsweredCount())
                .add("items", questions);
        if (p.getDeadlineAt() != null) {
            b.add("deadlineAt", p.getDeadlineAt().toString());
            b.add("secondsLeft", p.getSecondsLeft());
        }
        return b.build();
    }

    static JsonObject summary(AttemptSummary s) {
        JsonArrayBuilder competencies = Json.createArrayBuilder();
        for (CompetencyResult r : s.getResults()) {
            competencies.add(Json.createObjectBuilder()
                    .add("code", r.getCode())
                    .add("name", r.getName())
                    .add("area", r.getArea())
                    .add("scorePercent", r.getScorePercent())
                    .add("level", r.getLevel().name()));
        }
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", String.valueOf(s.getAttemptId()))
                .add("instrumentId", String.valueOf(s.getInstrumentId()))
                .add("instrument", s.getInstrumentTitle())
                .add("version", s.getInstrumentVersion())
                .add("status", s.getStatus().name())
                .add("startedAt", s.getStartedAt().toString())
                .add("competencies", competencies);
        if (s.getFinishedAt() != null) {
            b.add("finishedAt", s.getFinishedAt().toString());
        }
        return b.build();
    }
}
