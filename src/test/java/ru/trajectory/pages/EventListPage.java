package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * /courses/events.xhtml: upcoming events with «Зарегистрироваться», and for methodologists
 * the «Новое мероприятие» form.
 */
public class EventListPage extends Page {

    static final By TITLE = By.id("events-title");
    static final By LIST_MESSAGES = By.cssSelector("#events-form\\:messages .ui-messages-info, "
            + "#events-form\\:messages .ui-messages-warn, #events-form\\:messages .ui-messages-error");
    static final By FORM_MESSAGES = By.cssSelector("#event-form\\:messages .ui-messages-info, "
            + "#event-form\\:messages .ui-messages-error");

    private EventListPage(WebDriver browser) {
        super(browser);
    }

    public static EventListPage open(WebDriver browser, String base) {
        browser.get(base + "/courses/events.xhtml");
        return shown(browser);
    }

    public static EventListPage shown(WebDriver browser) {
        EventListPage page = new EventListPage(browser);
        page.visible(TITLE);
        return page;
    }

    private By row(String eventId) {
        return By.cssSelector("tr.event-row[data-event='" + eventId + "']");
    }

    /** The event's row as text, e.g. to read its seats and whether the caller is registered. */
    public String rowText(String eventId) {
        return visible(row(eventId)).getText();
    }

    /** The id of the event in the row with this title. */
    public String eventIdByTitle(String title) {
        return waiting().until(d -> d.findElements(By.cssSelector("tr.event-row")).stream()
                .filter(r -> r.findElement(By.cssSelector("a.event-link")).getText().equals(title))
                .map(r -> r.getAttribute("data-event")).findFirst().orElse(null));
    }

    public boolean hasRegisterButton(String eventId) {
        return !browser.findElements(By.cssSelector("tr.event-row[data-event='" + eventId + "'] button[id$=':register']"))
                .isEmpty();
    }

    /** «Зарегистрироваться» in the event's row; returns the message the page answers with. */
    public String register(String eventId) {
        WebElement button = visible(By.cssSelector("tr.event-row[data-event='" + eventId + "'] button[id$=':register']"));
        button.click();
        waitUntilGone(button);
        return visible(LIST_MESSAGES).getText();
    }

    public boolean hasCreateForm() {
        return present(By.id("event-form"));
    }

    /** Fills the «Новое мероприятие» form; date-times are typed as dd.MM.yyyy HH:mm. */
    public EventListPage fill(String title, String kind, String startsAt, String endsAt, String place, String capacity,
                              String description, List<String> competencies) {
        type("event-form:title", title);
        new Select(visible(By.id("event-form:kind"))).selectByValue(kind);
        type("event-form:startsAt_input", startsAt);
        type("event-form:endsAt_input", endsAt);
        type("event-form:place", place);
        type("event-form:capacity", capacity);
        type("event-form:description", description);
        Select codes = new Select(visible(By.id("event-form:competencies")));
        codes.deselectAll();
        competencies.forEach(codes::selectByValue);
        return this;
    }

    /** Replaces one field's text, e.g. to correct it after a refusal. */
    public EventListPage retype(String field, String value) {
        type("event-form:" + field, value);
        return this;
    }

    private void type(String id, String value) {
        WebElement input = visible(By.id(id));
        input.clear();
        input.sendKeys(value);
        if (id.endsWith("_input")) {
            // Leaves the date picker's text as typed and closes its panel, should it have opened.
            input.sendKeys(Keys.ESCAPE);
        }
    }

    /** «Создать мероприятие»; returns the form's global message (success or «исправьте»). */
    public String create() {
        WebElement button = visible(By.id("event-form:create"));
        button.click();
        waitUntilGone(button);
        return visible(FORM_MESSAGES).getText();
    }

    /** The message at a field of the form (title, kind, startsAt, endsAt, place, capacity, ...), or "". */
    public String fieldError(String field) {
        List<WebElement> m = browser.findElements(By.id("event-form:" + field + "-message"));
        return m.isEmpty() ? "" : m.get(0).getText();
    }

    /** What a field of the form holds now (for date pickers, the typed text). */
    public String typed(String field) {
        String id = field.equals("startsAt") || field.equals("endsAt") ? field + "_input" : field;
        WebElement input = visible(By.id("event-form:" + id));
        if (field.equals("kind")) {
            return new Select(input).getFirstSelectedOption().getAttribute("value");
        }
        if (field.equals("competencies")) {
            return String.join(",", new Select(input).getAllSelectedOptions().stream()
                    .map(o -> o.getAttribute("value")).toList());
        }
        return input.getAttribute("value");
    }

    public EventPageObject openEvent(String base, String eventId) {
        return EventPageObject.open(browser, base, eventId);
    }
}
