package ru.trajectory.pages;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /diagnostics/editor.xhtml?id=: the instrument editor. Every action here is a PrimeFaces ajax
 * request that re-renders the clicked button's form (or the item panel), so each method clicks a
 * concrete element and waits until that element has been replaced before returning; the
 * answer is then read from the fresh markup. Publication goes through the confirmation dialog.
 */
public class InstrumentEditorPage extends Page {

    static final By TITLE = By.id("editor-title");
    static final By ITEM_ROWS = By.cssSelector("#items-form\\:items-table_data > tr:not(.ui-datatable-empty-message)");
    static final By PAGE_MESSAGES = By.id("page-messages");
    static final String COMPETENCY = "item-form:item-competencyCode";

    @FindBy(id = "instrument-form:header-title")
    private WebElement headerTitle;

    @FindBy(id = "instrument-form:header-timeLimitMinutes")
    private WebElement timeLimit;

    private InstrumentEditorPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static InstrumentEditorPage open(WebDriver browser, String base, long id) {
        browser.get(base + "/diagnostics/editor.xhtml?id=" + id);
        return shown(browser);
    }

    public static InstrumentEditorPage shown(WebDriver browser) {
        InstrumentEditorPage page = new InstrumentEditorPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** The instrument id from the address. */
    public long instrumentId() {
        Matcher m = Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        if (!m.find()) {
            throw new IllegalStateException("No instrument id in " + browser.getCurrentUrl());
        }
        return Long.parseLong(m.group(1));
    }

    public String title() {
        return visible(TITLE).getText();
    }

    /** The status badge: «Черновик», «Опубликована» … */
    public String status() {
        return visible(By.cssSelector(".instrument-meta .status-badge")).getText();
    }

    public boolean editable() {
        return present(By.id("lifecycle-form:publish"));
    }

    // ---------------------------------------------------------------- header

    public InstrumentEditorPage typeHeader(String title, String minutes) {
        headerTitle.clear();
        headerTitle.sendKeys(title);
        timeLimit.clear();
        timeLimit.sendKeys(minutes);
        return this;
    }

    /** «Сохранить описание»: the header form and the page messages come back re-rendered. */
    public InstrumentEditorPage saveHeader() {
        clickAndWaitForUpdate(By.id("instrument-form:save-header"));
        return this;
    }

    public String typedTitle() {
        return value(By.id("instrument-form:header-title"));
    }

    public String typedTimeLimit() {
        return value(By.id("instrument-form:header-timeLimitMinutes"));
    }

    // ---------------------------------------------------------------- items table

    /** Item texts as the table lists them, in order. */
    public List<String> itemTexts() {
        return browser.findElements(ITEM_ROWS).stream()
                .map(r -> r.findElement(By.cssSelector("td.item-text .clamp")).getText().strip()).toList();
    }

    /** The rows of the items table as text, in order. */
    public List<String> itemRows() {
        return browser.findElements(ITEM_ROWS).stream().map(WebElement::getText).toList();
    }

    /** «Всего заданий: N». */
    public String itemCountText() {
        return visible(By.cssSelector("#items-form .item-count")).getText();
    }

    /** «Добавить задание»: opens the empty item panel. */
    public InstrumentEditorPage newItem() {
        visible(By.id("items-form:new-item")).click();
        visible(By.id("item-form:item-text"));
        waiting().until(ExpectedConditions.textToBe(By.id("item-heading"), "Новое задание"));
        return this;
    }

    /** «Изменить» in the item row at that 0-based index: its values fill the item panel. */
    public InstrumentEditorPage editItem(int row) {
        clickAndWaitForUpdate(By.id("items-form:items-table:" + row + ":edit"));
        waiting().until(ExpectedConditions.textToBe(By.id("item-heading"), "Изменение задания"));
        return this;
    }

    /** «Выше» in the item row at that 0-based index. */
    public InstrumentEditorPage moveUp(int row) {
        clickAndWaitForUpdate(By.id("items-form:items-table:" + row + ":up"));
        return this;
    }

    // ---------------------------------------------------------------- item panel

    public boolean itemPanelOpen() {
        return present(By.id("item-form:item-text"));
    }

    public InstrumentEditorPage typeItemText(String text) {
        WebElement input = visible(By.id("item-form:item-text"));
        input.clear();
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
        return this;
    }

    public InstrumentEditorPage typeWeight(String weight) {
        WebElement input = visible(By.id("item-form:item-weight"));
        input.clear();
        input.sendKeys(weight);
        return this;
    }

    /**
     * Opens the competency menu, picks the competency whose label starts with the code and
     * returns the heading of the group (the framework's area) it is listed under.
     */
    public String chooseCompetency(String code) {
        WebElement panel = openCompetencyMenu();
        // PrimeFaces renders each group as a list whose first entry is the heading, then its choices.
        WebElement option = panel.findElement(By.xpath(".//li[@role='option' and @data-value='" + code + "']"));
        String group = option.findElement(By.xpath(
                "parent::ul/li[contains(concat(' ', normalize-space(@class), ' '), ' ui-selectonemenu-item-group ')]"))
                .getText().strip();
        option.click();
        waiting().until(ExpectedConditions.invisibilityOf(panel));
        waiting().until(d -> competencyLabel().startsWith(code + " "));
        return group;
    }

    /** Opens the competency menu and returns its group headings (the framework's areas), in order. */
    public List<String> competencyGroups() {
        return openCompetencyMenu().findElements(By.cssSelector("li.ui-selectonemenu-item-group")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The menu's panel, opened by a click unless already open (PrimeFaces builds it on first opening). */
    private WebElement openCompetencyMenu() {
        List<WebElement> open = browser.findElements(By.id(COMPETENCY + "_panel"));
        if (!open.isEmpty() && open.get(0).isDisplayed()) {
            return open.get(0);
        }
        visible(By.id(COMPETENCY)).click();
        return visible(By.id(COMPETENCY + "_panel"));
    }

    /**
     * True when the weight input is wide enough to read what is typed and the competency menu
     * does not cover it: either it sits to the right of the menu or on a line of its own.
     */
    public boolean weightFieldUsable() {
        Rectangle menu = visible(By.id(COMPETENCY)).getRect();
        Rectangle weight = visible(By.id("item-form:item-weight")).getRect();
        boolean apart = weight.getX() >= menu.getX() + menu.getWidth() || weight.getY() >= menu.getY() + menu.getHeight();
        return apart && weight.getWidth() >= 40;
    }

    /** What the competency menu shows as chosen. */
    public String competencyLabel() {
        return browser.findElement(By.id(COMPETENCY + "_label")).getText().strip();
    }

    /** Chooses the item kind by its radio label: «Один верный» or «Несколько верных». */
    public InstrumentEditorPage chooseKind(String label) {
        WebElement l = visible(By.xpath("//*[@id='item-form:item-kind']//label[normalize-space(.)='" + label + "']"));
        l.click();
        WebElement radio = browser.findElement(By.id(l.getAttribute("for")));
        waiting().until(d -> radio.isSelected());
        return this;
    }

    public int optionCount() {
        return browser.findElements(By.cssSelector("#item-form\\:item-options .option-row")).size();
    }

    public InstrumentEditorPage typeOption(int index, String text) {
        WebElement input = visible(option(index, "option-text"));
        input.clear();
        input.sendKeys(text);
        return this;
    }

    public InstrumentEditorPage typeScore(int index, String score) {
        WebElement input = visible(option(index, "option-score"));
        input.clear();
        input.sendKeys(score);
        return this;
    }

    public String typedItemText() {
        return value(By.id("item-form:item-text"));
    }

    public String typedWeight() {
        return value(By.id("item-form:item-weight"));
    }

    public String typedOption(int index) {
        return value(option(index, "option-text"));
    }

    public String typedScore(int index) {
        return value(option(index, "option-score"));
    }

    /** «Верный» on that option: the item form comes back with the scores set. */
    public InstrumentEditorPage markCorrect(int index) {
        clickAndWaitForUpdate(option(index, "correct"));
        return this;
    }

    public boolean markedCorrect(int index) {
        return visible(option(index, "correct")).getAttribute("class").contains("is-on");
    }

    /** Removes that option; the item form comes back one row shorter. */
    public InstrumentEditorPage removeOption(int index) {
        int before = optionCount();
        clickAndWaitForUpdate(option(index, "remove-option"));
        waiting().until(d -> optionCount() == before - 1);
        return this;
    }

    /** «Сохранить задание». Whether saved or refused, the item panel is re-rendered. */
    public InstrumentEditorPage saveItem() {
        clickAndWaitForUpdate(By.id("item-form:save-item"));
        return this;
    }

    /** «Сохранить и добавить следующее»: on success the panel comes back empty for the next item. */
    public InstrumentEditorPage saveItemAndNext() {
        clickAndWaitForUpdate(By.id("item-form:save-next"));
        return this;
    }

    /**
     * The Russian message shown at the input with that client id (a {@code p:message} in the
     * same field block), or an empty string when there is none.
     */
    public String messageAt(String clientId) {
        List<WebElement> messages = browser.findElements(By.xpath("//*[@id='" + clientId
                + "']/ancestor::div[contains(concat(' ', normalize-space(@class), ' '), ' field ')][1]"
                + "//div[contains(@class,'ui-message-error')]"));
        return messages.isEmpty() ? "" : messages.get(0).getText().strip();
    }

    // ---------------------------------------------------------------- messages and publication

    /** Error summaries of the page's global messages, in order. */
    public List<String> pageErrors() {
        return browser.findElements(By.cssSelector("#page-messages .ui-messages-error-summary")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** Info summaries of the page's global messages. */
    public List<String> pageInfos() {
        return browser.findElements(By.cssSelector("#page-messages .ui-messages-info-summary")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /** The messages of the item form (e.g. «Проверьте поля …»). */
    public List<String> itemFormErrors() {
        return browser.findElements(By.cssSelector("#item-form\\:item-messages .ui-messages-error-summary")).stream()
                .map(e -> e.getText().strip()).toList();
    }

    /**
     * «Опубликовать», confirmed, when the editor is expected to refuse: the page messages come
     * back with the problems and the page stays a draft. Returns the error lines.
     */
    public List<String> publishExpectingProblems() {
        WebElement messages = browser.findElement(PAGE_MESSAGES);
        WebElement dialog = confirmPublish();
        waitUntilGone(messages);
        waiting().until(ExpectedConditions.invisibilityOf(dialog));
        visible(By.cssSelector("#page-messages .ui-messages-error"));
        return pageErrors();
    }

    /** «Опубликовать», confirmed: the portal reloads the editor with the published version. */
    public InstrumentEditorPage publish() {
        WebElement title = visible(TITLE);
        confirmPublish();
        waitUntilGone(title);
        return shown(browser);
    }

    /**
     * Clicks «Опубликовать» and, once the confirmation has finished fading in, «Да»; returns the
     * dialog. (A «Да» during the fade-in leaves the dialog on screen: the running show animation
     * outlives the hide, a PrimeFaces race that a person clicking at human speed never meets.)
     */
    private WebElement confirmPublish() {
        visible(By.id("lifecycle-form:publish")).click();
        WebElement dialog = visible(By.cssSelector(".ui-confirm-dialog"));
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !jQuery(arguments[0]).is(':animated') && getComputedStyle(arguments[0]).opacity === '1';", dialog)));
        dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")).click();
        return dialog;
    }

    // ---------------------------------------------------------------- helpers

    /** Clicks a concrete element (not a proxy) and waits until the ajax update has replaced it. */
    private void clickAndWaitForUpdate(By by) {
        WebElement element = visible(by);
        waiting().until(ExpectedConditions.elementToBeClickable(element));
        element.click();
        waitUntilGone(element);
    }

    private static By option(int index, String id) {
        return By.id("item-form:options:" + index + ":" + id);
    }

    private String value(By by) {
        return browser.findElement(by).getDomProperty("value");
    }
}
