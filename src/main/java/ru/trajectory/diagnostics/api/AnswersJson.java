package ru.trajectory.diagnostics.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import ru.trajectory.diagnostics.service.AttemptViews.AnswerInput;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * Reads answers as API.md writes them: {@code {"itemId", "optionIds": []}} or
 * {@code {"itemId", "scale": 1..5}}. A wrong type becomes a Russian field error, never a 500.
 */
final class AnswersJson {

    private AnswersJson() {
    }

    static List<AnswerInput> list(JsonObject body) {
        JsonValue answers = body.get("answers");
        if (!(answers instanceof JsonArray array)) {
            throw ValidationFailure.of("answers", "Ожидается массив ответов answers");
        }
        List<FieldError> errors = new ArrayList<>();
        List<AnswerInput> result = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue v = array.get(i);
            if (!(v instanceof JsonObject answer)) {
                errors.add(new FieldError("answers[" + i + "]", "Каждый ответ — объект с itemId"));
                continue;
            }
            AnswerInput input = one(answer, "answers[" + i + "].", errors);
            if (input != null) {
                result.add(input);
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationFailure(errors);
        }
        return result;
    }

    static AnswerInput one(JsonObject answer, String prefix, List<FieldError> errors) {
        Long itemId = Ids.parse(text(answer.get("itemId")));
        if (itemId == null) {
            errors.add(new FieldError(prefix + "itemId", "Укажите идентификатор задания itemId"));
            return null;
        }
        Set<Long> options = new LinkedHashSet<>();
        JsonValue o = answer.get("optionIds");
        if (o != null && o != JsonValue.NULL) {
            if (!(o instanceof JsonArray ids)) {
                errors.add(new FieldError(prefix + "optionIds", "optionIds — массив идентификаторов вариантов"));
                return null;
            }
            for (JsonValue id : ids) {
                Long option = Ids.parse(text(id));
                if (option == null) {
                    errors.add(new FieldError(prefix + "optionIds", "Идентификатор варианта — целое число"));
                    return null;
                }
                options.add(option);
            }
        }
        Integer scale = null;
        JsonValue s = answer.get("scale");
        if (s != null && s != JsonValue.NULL) {
            if (!(s instanceof JsonNumber number) || !number.isIntegral()) {
                errors.add(new FieldError(prefix + "scale", "Оценка по шкале — целое число от 1 до 5"));
                return null;
            }
            scale = number.intValue();
        }
        return new AnswerInput(itemId, options, scale);
    }

    private static String text(JsonValue v) {
        if (v instanceof JsonString s) {
            return s.getString();
        }
        return v instanceof JsonNumber n ? n.toString() : null;
    }
}
