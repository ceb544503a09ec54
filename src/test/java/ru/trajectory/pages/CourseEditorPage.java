package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /courses/edit.xhtml: the course card form, the list of sessions and the session form. */
public class CourseEditorPage extends Page {

    static final By TITLE = By.id("editor-title");

    private CourseEditorPage(WebDriver browser) {
        super(browser);
    }

    /** The form for a new course. */
    public static CourseEditorPage openNew(WebDriver browser, String base) {
        browser.get(base + "/courses/edit.xhtml");
        return shown(browser);
    }

    public static CourseEditorPage shown(WebDriver browser) {
        CourseEditorPage page = new CourseEditorPage(browser);
        page.visible(TITLE);
        return page;
    }

    public CourseEditorPage title(String value) {
        type(By.id("course-form:title"), value);
        return this;
    }

    public CourseEditorPage hours(String value) {
        type(By.id("course-form:hours_input"), value);
        return this;
    }

    public CourseEditorPage description(String value) {
        type(By.id("course-form:description"), value);
        return this;
    }

    /** Picks the provider by a part of its name. */
    public CourseEditorPage provider(String namePart) {
        Select select = new Select(visible(By.id("course-form:provider")));
        select.getOptions().stream().filter(o -> o.getText().contains(namePart)).findFirst().orElseThrow().click();
        return this;
    }

    public CourseEditorPage format(String value) {
        new Select(visible(By.id("course-form:format"))).selectByValue(value);
        return this;
    }

    public CourseEditorPage competency(String code) {
        new Select(visible(By.id("course-form:competencies"))).selectByValue(code);
        return this;
    }

    /** Ticks «Согласование руководителем». */
    public CourseEditorPage requireApproval() {
        visible(By.cssSelector("[id='course-form:approval'] .ui-chkbox-box")).click();
        return this;
    }

    /** «Сохранить курс»: a new course reloads at its own address, a correction re-renders the form. */
    public CourseEditorPage save() {
        return submit(By.id("course-form:save"));
    }

    public CourseEditorPage publish() {
        return submit(By.id("course-form:publish"));
    }

    public String courseStatus() {
        return visible(By.id("course-status")).getText();
    }

    public String value(String clientId) {
        return visible(By.id(clientId)).getAttribute("value");
    }

    /** The message beside a field (its p:message, id {@code <field>-msg}), empty when there is none. */
    public String fieldMessage(String clientId) {
        return browser.findElements(By.id(clientId + "-msg")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** Every field message on the page, joined. */
    public String fieldMessages() {
        return browser.findElements(By.cssSelector(".ui-message")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    public String globalMessages() {
        return browser.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    /** Fills the session form (dates as дд.мм.гггг) and saves it. */
    public CourseEditorPage saveSession(String start, String end, String capacity, String place) {
        type(By.id("session-form:start_input"), start);
        type(By.id("session-form:end_input"), end);
        type(By.id("session-form:capacity_input"), capacity);
        type(By.id("session-form:place"), place);
        return submit(By.id("session-form:save-session"));
    }

    public List<String> sessionRows() {
        return browser.findElements(By.cssSelector("#sessions-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Waits for a session row that shows the text, as an ajax save renders it; null when none came. */
    public String sessionRowWith(String text) {
        try {
            return waiting().until(d -> sessionRows().stream().filter(r -> r.contains(text)).findFirst().orElse(null));
        } catch (org.openqa.selenium.TimeoutException none) {
            return null;
        }
    }

    /** «Участники» of the first session. */
    public SessionRosterPageObject openRoster() {
        WebElement link = visible(By.cssSelector("#sessions-table tbody tr a[id$=':roster']"));
        link.click();
        waitUntilGone(link);
        return SessionRosterPageObject.shown(browser);
    }

    /**
     * Replaces the input's text. No Escape afterwards: a number input would undo the typing; the
     * page's date pickers open their calendar from the icon only, so typing leaves nothing open.
     */
    private void type(By by, String value) {
        WebElement input = visible(by);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private CourseEditorPage submit(By by) {
        WebElement button = visible(by);
        button.click();
        waitUntilGone(button);
        return shown(browser);
    }
}
