package ru.trajectory.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.importing.ImportRejected;
import ru.trajectory.platform.importing.ImportReport;

class JsonBodyTest {

    @Test
    void idsAreReadFromStringsAndFromNumbers() {
        JsonBody body = JsonBody.parse("{\"a\": \"42\", \"b\": 7, \"c\": \"x1\", \"d\": null}");
        assertEquals(42L, body.id("a"));
        assertEquals(7L, body.id("b"));
        assertNull(body.id("c"));
        assertNull(body.id("d"));
        assertEquals(List.of("c"), body.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void aDateOutsideTheCalendarIsAFieldErrorInRussian() {
        JsonBody body = JsonBody.parse("{\"from\": \"2026-09-01\", \"to\": \"2026-13-40\"}");
        assertEquals(LocalDate.of(2026, 9, 1), body.date("from"));
        assertNull(body.date("to"));
        ValidationFailure e = assertThrows(ValidationFailure.class, body::throwIfInvalid);
        assertEquals("to", e.getErrors().get(0).field());
        assertTrue(e.getErrors().get(0).message().startsWith("Дата в формате ГГГГ-ММ-ДД"));
    }

    @Test
    void missingFlagsAreFalseAndNonBooleansAreRefused() {
        JsonBody body = JsonBody.parse("{\"lowResults\": true, \"highResults\": \"yes\"}");
        assertTrue(body.flag("lowResults"));
        assertFalse(body.flag("adverseConditions"));
        assertFalse(body.flag("highResults"));
        assertEquals(List.of("highResults"), body.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void malformedJsonIsAJsonExceptionForTheMapperAndAnArrayIsRefused() {
        assertThrows(JsonException.class, () -> JsonBody.parse("{\"login\": "));
        assertThrows(ValidationFailure.class, () -> JsonBody.parse("[1, 2]"));
        assertThrows(ValidationFailure.class, () -> JsonBody.parse(""));
    }

    @Test
    void aRefusedImportCarriesTheReportBesideTheProblemMembers() {
        ImportReport report = new ImportReport(0, 0, List.of(
                new ImportReport.RejectedRow(3, "email", "Электронная почта указана неверно: «x»"),
                new ImportReport.RejectedRow(3, "schoolId", "Школы с идентификатором 9 нет"),
                new ImportReport.RejectedRow(5, "login", "Логин «a.b» повторяется в файле")));
        JsonObject body = ImportRejectedMapper.body(new ImportRejected(report));
        assertEquals(400, body.getInt("status"));
        assertEquals("Файл не принят: строк с ошибками — 2; ничего не изменено", body.getString("detail"));
        assertEquals(0, body.getInt("created"));
        assertEquals(3, body.getJsonArray("rejected").size());
        assertEquals(5, body.getJsonArray("rejected").getJsonObject(2).getInt("row"));
        assertEquals(3, body.getJsonArray("errors").size());
    }
}
