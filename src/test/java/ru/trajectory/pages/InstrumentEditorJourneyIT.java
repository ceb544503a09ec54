package ru.trajectory.pages;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.BrowserTest;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.TestDatabase;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A methodologist builds a test in the instrument editor and publishes it, in a real browser:
 * creates a draft with a code of its own, fills the header, is refused on purpose (weight 0, no
 * text; a time limit out of range) and finds the Russian message at the field with everything
 * else still typed, adds three items (single and multiple choice, competencies from the grouped
 * menu, an option removed, a penalty score), moves an item up, is told what keeps the draft
 * from publication, fixes it and publishes. The API then shows exactly that instrument, and a
 * teacher of the region finds it among their diagnostics (the audience is left empty).
 */
@ExtendWith(ArquillianExtension.class)
class InstrumentEditorJourneyIT extends BrowserTest {

    private static final String PASSWORD = TestDatabase.DEMO_PASSWORD;
    private static final String TITLE = "Проверка конструктора: урок и оценивание";
    private static final String TITLE_EDITED = "Проверка конструктора: урок, оценивание, общение";

    private static final String ITEM_A = "Что в первую очередь определяет структуру урока по ФГОС?";
    private static final String ITEM_B = "Какие приёмы относятся к формирующему оцениванию?";
    private static final String ITEM_C = "Ученик громко спорит с учителем на уроке. Что сделать в первую очередь?";

    private static final String[] OPTIONS_A = {"Планируемые результаты урока", "Тема параграфа в учебнике",
        "Число заданий в рабочей тетради"};
    private static final String[] OPTIONS_B = {"Критерии оценивания, известные ученикам заранее",
        "Самооценка ученика по листу критериев", "Итоговая контрольная работа за четверть", "Только отметка в журнале"};
    private static final String[] OPTIONS_C = {"Выставить неудовлетворительную отметку за поведение",
        "Спокойно обозначить правило и предложить обсудить спор после урока", "Сделать вид, что ничего не происходит"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void methodologistBuildsAndPublishesATest() throws IOException {
        String code = "IT-EDITOR-" + System.currentTimeMillis();

        LoginPage.open(browser, root(base)).signInAs("methodologist", PASSWORD);
        InstrumentEditorPage editor = InstrumentListPage.open(browser, root(base)).createDraft(code, TITLE, "Тест");
        long id = editor.instrumentId();
        assertEquals(TITLE, editor.title());
        assertEquals("Черновик", editor.status());
        assertEquals("Всего заданий: 0", editor.itemCountText());

        // The header: a time limit out of range is refused at its field, the new title stays typed.
        editor.typeHeader(TITLE_EDITED, "700").saveHeader();
        assertEquals("Ограничение времени — от 1 до 600 минут, или оставьте поле пустым",
                editor.messageAt("instrument-form:header-timeLimitMinutes"));
        assertEquals(TITLE_EDITED, editor.typedTitle());
        assertEquals("700", editor.typedTimeLimit());
        editor.typeHeader(TITLE_EDITED, "45").saveHeader();
        assertEquals("", editor.messageAt("instrument-form:header-timeLimitMinutes"));
        assertTrue(editor.pageInfos().contains("Сохранено."), editor.pageInfos().toString());
        assertEquals(TITLE_EDITED, editor.title(), "the heading follows the saved title");

        // Item 1, first refused on purpose: no text and weight 0.
        editor.newItem();
        assertEquals(4, editor.optionCount(), "a new test item starts with four empty options");
        List<String> groups = editor.competencyGroups();
        assertTrue(groups.containsAll(List.of("Предметные компетенции", "Методические компетенции",
                "Психолого-педагогические компетенции", "Коммуникативные компетенции")), groups.toString());
        assertEquals("Методические компетенции", editor.chooseCompetency("MET-01"));
        assertTrue(editor.weightFieldUsable(), "the weight field is neither covered nor squeezed by the competency menu");
        editor.typeItemText("").typeWeight("0");
        for (int i = 0; i < OPTIONS_A.length; i++) {
            editor.typeOption(i, OPTIONS_A[i]);
        }
        editor.removeOption(3);
        assertEquals(3, editor.optionCount());
        editor.saveItem();
        assertEquals("Текст задания: обязательное поле", editor.messageAt("item-form:item-text"));
        assertEquals("Вес задания — больше 0 и не больше 100", editor.messageAt("item-form:item-weight"));
        assertTrue(editor.itemFormErrors().stream().anyMatch(m -> m.startsWith("Проверьте поля")),
                editor.itemFormErrors().toString());
        assertTrue(editor.competencyLabel().startsWith("MET-01 "), editor.competencyLabel());
        assertEquals("0", editor.typedWeight());
        for (int i = 0; i < OPTIONS_A.length; i++) {
            assertEquals(OPTIONS_A[i], editor.typedOption(i), "option " + (i + 1) + " keeps its text");
        }
        assertEquals(3, editor.optionCount());
        assertEquals("Всего заданий: 0", editor.itemCountText());
        screenshot("item-refused");

        editor.typeItemText(ITEM_A).typeWeight("2").markCorrect(0);
        assertTrue(editor.markedCorrect(0));
        assertEquals(List.of("1", "0", "0"), List.of(editor.typedScore(0), editor.typedScore(1), editor.typedScore(2)));
        assertEquals(ITEM_A, editor.typedItemText(), "«Верный» keeps the typed text");
        editor.saveItemAndNext();
        assertEquals(List.of(ITEM_A), editor.itemTexts());
        assertTrue(editor.itemPanelOpen(), "«Сохранить и добавить следующее» opens the next item");
        assertEquals("", editor.typedItemText());
        assertTrue(editor.competencyLabel().startsWith("MET-01 "), "the next item starts with the last competency");

        // Item 2: multiple choice, two correct options and a penalty for a wrong one.
        assertEquals("Методические компетенции", editor.chooseCompetency("MET-02"));
        editor.typeItemText(ITEM_B).typeWeight("1").chooseKind("Несколько верных");
        for (int i = 0; i < OPTIONS_B.length; i++) {
            editor.typeOption(i, OPTIONS_B[i]);
        }
        editor.markCorrect(0).markCorrect(1).typeScore(2, "-0.5");
        assertTrue(editor.markedCorrect(0) && editor.markedCorrect(1), "multiple choice keeps both marks");
        assertFalse(editor.markedCorrect(2) || editor.markedCorrect(3));
        editor.saveItem();
        assertEquals(List.of(ITEM_A, ITEM_B), editor.itemTexts());
        assertFalse(editor.itemPanelOpen(), "«Сохранить задание» closes the panel");

        // Item 3: another block of the framework, saved without a correct option for now.
        editor.newItem();
        assertEquals("Коммуникативные компетенции", editor.chooseCompetency("COM-02"));
        editor.typeItemText(ITEM_C).typeWeight("1.5");
        for (int i = 0; i < OPTIONS_C.length; i++) {
            editor.typeOption(i, OPTIONS_C[i]);
        }
        editor.removeOption(3);
        editor.saveItem();
        assertEquals(List.of(ITEM_A, ITEM_B, ITEM_C), editor.itemTexts());
        assertEquals("Всего заданий: 3", editor.itemCountText());
        List<String> rows = editor.itemRows();
        assertTrue(rows.get(1).contains("MET-02") && rows.get(1).contains("Несколько верных"), rows.get(1));
        assertTrue(rows.get(2).contains("COM-02") && rows.get(2).contains("верных: 0"), rows.get(2));
        screenshot("items");

        // The third item goes up one place.
        editor.moveUp(2);
        assertEquals(List.of(ITEM_A, ITEM_C, ITEM_B), editor.itemTexts());

        // Publication is refused while an item has no correct option, and the editor says why.
        List<String> problems = editor.publishExpectingProblems();
        assertTrue(problems.contains("Диагностику пока нельзя опубликовать:"), problems.toString());
        assertTrue(problems.contains("Задание 2: отметьте хотя бы один верный вариант (балл больше 0)"),
                problems.toString());
        assertEquals("Черновик", editor.status());
        screenshot("publish-refused");

        editor.editItem(1);
        assertEquals(ITEM_C, editor.typedItemText());
        assertTrue(editor.competencyLabel().startsWith("COM-02 "), editor.competencyLabel());
        assertEquals(OPTIONS_C[1], editor.typedOption(1));
        editor.markCorrect(1).saveItem();
        assertEquals(List.of(ITEM_A, ITEM_C, ITEM_B), editor.itemTexts());
        assertTrue(editor.itemRows().get(1).contains("верных: 1"), editor.itemRows().get(1));

        editor = editor.publish();
        assertEquals("Опубликована", editor.status());
        assertEquals(TITLE_EDITED, editor.title());
        assertTrue(editor.pageInfos().stream().anyMatch(m -> m.startsWith("Диагностика опубликована")),
                editor.pageInfos().toString());
        assertFalse(editor.editable(), "a published version is no longer edited");
        screenshot("published");

        String row = InstrumentListPage.open(browser, root(base)).rowText(code);
        assertTrue(row.contains(TITLE_EDITED) && row.contains("Опубликована"), row);

        // The API shows exactly what was built, in the final order.
        ApiClient.Response read = new ApiClient(base).as("methodologist").get("api/v1/authoring/instruments/" + id);
        assertEquals(200, read.status(), read.body());
        JsonObject instrument = read.json();
        assertEquals("PUBLISHED", instrument.getString("status"));
        assertEquals(code, instrument.getString("code"));
        assertEquals(1, instrument.getInt("version"));
        assertEquals("TEST", instrument.getString("kind"));
        assertEquals(TITLE_EDITED, instrument.getString("title"));
        assertEquals(45, instrument.getInt("timeLimitMinutes"));
        assertTrue(instrument.getJsonObject("audience").getJsonArray("positions").isEmpty());
        assertTrue(instrument.getJsonObject("audience").getJsonArray("subjects").isEmpty());
        assertEquals(List.of(
                "1|SINGLE|MET-01|2|" + ITEM_A + "|" + OPTIONS_A[0] + "=1;" + OPTIONS_A[1] + "=0;" + OPTIONS_A[2] + "=0",
                "2|SINGLE|COM-02|1.5|" + ITEM_C + "|" + OPTIONS_C[0] + "=0;" + OPTIONS_C[1] + "=1;" + OPTIONS_C[2] + "=0",
                "3|MULTIPLE|MET-02|1|" + ITEM_B + "|" + OPTIONS_B[0] + "=1;" + OPTIONS_B[1] + "=1;" + OPTIONS_B[2]
                        + "=-0.5;" + OPTIONS_B[3] + "=0"),
                items(instrument));

        // A teacher of the region sees it: the audience was left empty, meaning everyone.
        ApiClient.Response available = new ApiClient(base).as("teacher").get("api/v1/instruments?size=200");
        assertEquals(200, available.status(), available.body());
        JsonObject card = available.json().getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(c -> code.equals(c.getString("code"))).findFirst()
                .orElseThrow(() -> new AssertionError("the teacher does not see " + code + ": " + available.body()));
        assertEquals(String.valueOf(id), card.getString("id"));
        assertEquals(3, card.getInt("itemCount"));
        assertEquals(45, card.getInt("timeLimitMinutes"));
    }

    /** Each item as «position|kind|competency|weight|text|option=score;…». */
    private static List<String> items(JsonObject instrument) {
        List<String> items = new ArrayList<>();
        for (JsonValue v : instrument.getJsonArray("items")) {
            JsonObject item = v.asJsonObject();
            List<String> options = new ArrayList<>();
            for (JsonValue o : item.getJsonArray("options")) {
                JsonObject option = o.asJsonObject();
                options.add(option.getString("text") + "="
                        + option.getJsonNumber("score").bigDecimalValue().stripTrailingZeros().toPlainString());
            }
            items.add(item.getInt("position") + "|" + item.getString("kind") + "|" + item.getString("competencyCode") + "|"
                    + item.getJsonNumber("weight").bigDecimalValue().stripTrailingZeros().toPlainString() + "|"
                    + item.getString("text") + "|" + String.join(";", options));
        }
        return items;
    }

    /**
     * A full-page screenshot for a human look at the editor: the window grows to the page's
     * height for the shot and returns to its size afterwards.
     */
    private void screenshot(String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir",
                Path.of(System.getProperty("java.io.tmpdir"), "screenshots").toString()));
        Files.createDirectories(dir);
        Dimension size = browser.manage().window().getSize();
        long height = ((Number) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollHeight;")).longValue();
        browser.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 200, 6000)));
        try {
            Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, dir.resolve("editor-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(size);
        }
    }
}
