package ru.trajectory.pages;

import java.nio.file.Path;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.Select;

/**
 * /practices/edit.xhtml: the practice form with its rich-text body (Quill inside
 * {@code p:textEditor}), tags as chips, levels and target groups as checkboxes, the materials
 * form under it and, for a returned practice, the expert's comments above it.
 */
public class PracticeEditorPage extends Page {

    static final By TITLE = By.id("editor-title");
    static final By BODY = By.cssSelector("[id='practice-form:body'] .ql-editor");

    @FindBy(id = "practice-form:title")
    private WebElement title;

    @FindBy(id = "practice-form:summary")
    private WebElement summary;

    @FindBy(id = "practice-form:problem")
    private WebElement problem;

    @FindBy(id = "practice-form:evidence")
    private WebElement evidence;

    private PracticeEditorPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    /** The empty form of a new practice. */
    public static PracticeEditorPage openNew(WebDriver browser, String base) {
        browser.get(base + "/practices/edit.xhtml");
        return shown(browser);
    }

    public static PracticeEditorPage open(WebDriver browser, String base, long id) {
        browser.get(base + "/practices/edit.xhtml?id=" + id);
        return shown(browser);
    }

    /** The editor the browser shows now; waits until Quill has taken over the body field. */
    public static PracticeEditorPage shown(WebDriver browser) {
        PracticeEditorPage page = new PracticeEditorPage(browser);
        page.visible(TITLE);
        if (page.present(By.id("practice-form"))) {
            page.visible(BODY);
        }
        return page;
    }

    public PracticeEditorPage title(String value) {
        type(title, value);
        return this;
    }

    public PracticeEditorPage summary(String value) {
        type(summary, value);
        return this;
    }

    public PracticeEditorPage problem(String value) {
        type(problem, value);
        return this;
    }

    public PracticeEditorPage evidence(String value) {
        type(evidence, value);
        return this;
    }

    /** Types at the end of the body as a user would, so whatever looks like markup stays text. */
    public PracticeEditorPage bodyText(String text) {
        WebElement editor = visible(BODY);
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        editor.sendKeys(text);
        return this;
    }

    /** Types the text in bold: Ctrl+B on, the text, Ctrl+B off (Quill's own shortcut). */
    public PracticeEditorPage bodyBold(String text) {
        WebElement editor = visible(BODY);
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        editor.sendKeys(text);
        editor.sendKeys(Keys.chord(Keys.CONTROL, "b"));
        return this;
    }

    /** Empties the body, as selecting everything and deleting does. */
    public PracticeEditorPage clearBody() {
        WebElement editor = visible(BODY);
        editor.click();
        editor.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        return this;
    }

    /** The editor's HTML as Quill shows it now. */
    public String bodyHtml() {
        return visible(BODY).getAttribute("innerHTML");
    }

    public String bodyText() {
        return visible(BODY).getText();
    }

    /** Picks a subject by its code. */
    public PracticeEditorPage subject(String code) {
        new Select(visible(By.id("practice-form:subjects"))).selectByValue(code);
        return this;
    }

    public List<String> chosenSubjects() {
        return new Select(visible(By.id("practice-form:subjects"))).getAllSelectedOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    public PracticeEditorPage competency(String code) {
        new Select(visible(By.id("practice-form:competencies"))).selectByValue(code);
        return this;
    }

    public List<String> chosenCompetencies() {
        return new Select(visible(By.id("practice-form:competencies"))).getAllSelectedOptions().stream()
                .map(o -> o.getAttribute("value")).toList();
    }

    /** Ticks a level (NOO, OOO, SOO) by its box, as a mouse user does. */
    public PracticeEditorPage level(String code) {
        box("levels", code).click();
        return this;
    }

    public boolean levelChosen(String code) {
        return checkbox("levels", code).isSelected();
    }

    /** Ticks a target group by its code (OVZ, MIGRANT …). */
    public PracticeEditorPage targetGroup(String code) {
        box("targetGroups", code).click();
        return this;
    }

    public boolean targetGroupChosen(String code) {
        return checkbox("targetGroups", code).isSelected();
    }

    /** Adds a tag chip: the text and Enter. */
    public PracticeEditorPage tag(String value) {
        WebElement input = visible(By.cssSelector("[id='practice-form:tags'] input[type='text']"));
        input.sendKeys(value, Keys.ENTER);
        waiting().until(d -> tags().contains(value));
        return this;
    }

    public List<String> tags() {
        return browser.findElements(By.cssSelector("[id='practice-form:tags'] .ui-chips-token-label")).stream()
                .map(WebElement::getText).toList();
    }

    public String value(String clientId) {
        return visible(By.id(clientId)).getAttribute("value");
    }

    /** «Сохранить черновик»: a new practice reloads at its own address, a correction re-renders the form. */
    public PracticeEditorPage save() {
        return click(By.id("practice-form:save"));
    }

    /** «Отправить на экспертизу» when it is accepted: the browser lands on «Мои практики». */
    public MyPracticesPage submitForReview() {
        WebElement button = visible(By.id("practice-form:submit"));
        button.click();
        waitUntilGone(button);
        return MyPracticesPage.shown(browser);
    }

    /** Uploads one file with the materials form and waits for the form to come back. */
    public PracticeEditorPage upload(Path file) {
        WebElement input = browser.findElement(By.cssSelector("[id='attachments-form'] input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
        return click(By.id("attachments-form:upload"));
    }

    /** «Удалить» beside a material, confirmed in the dialog; waits for the list to come back. */
    public PracticeEditorPage removeMaterial(String fileName) {
        WebElement button = browser.findElements(By.cssSelector("#material-list .material")).stream()
                .filter(li -> li.findElement(By.cssSelector(".material-name")).getText().equals(fileName))
                .findFirst().orElseThrow(() -> new AssertionError("No material " + fileName + " in " + materials()))
                .findElement(By.cssSelector("button.material-remove"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        visible(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
        waitUntilGone(button);
        return shown(browser);
    }

    /** File names in the materials list. */
    public List<String> materials() {
        return browser.findElements(By.cssSelector("#material-list .material-name")).stream()
                .map(WebElement::getText).toList();
    }

    public boolean materialsOffered() {
        return present(By.id("attachments-form"));
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

    public String status() {
        return visible(By.id("practice-status")).getText();
    }

    /** The expert's comments shown above the form of a returned practice; empty when there are none. */
    public String reviewNotes() {
        return browser.findElements(By.id("review-notes")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The practice id from the address (edit.xhtml?id=…), once it has been saved. */
    public long practiceId() {
        String url = browser.getCurrentUrl();
        return Long.parseLong(url.replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private WebElement checkbox(String group, String code) {
        return browser.findElement(By.cssSelector("[id='practice-form:" + group + "'] input[value='" + code + "']"));
    }

    /** PrimeFaces hides the real checkbox; its styled box sits beside it in the same wrapper. */
    private WebElement box(String group, String code) {
        String id = checkbox(group, code).getAttribute("id");
        return visible(By.xpath("//input[@id='" + id + "']/ancestor::div[contains(@class,'ui-chkbox ')][1]"
                + "/div[contains(@class,'ui-chkbox-box')]"));
    }

    private void type(WebElement input, String value) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
    }

    private PracticeEditorPage click(By by) {
        WebElement button = visible(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        waitUntilGone(button);
        return shown(browser);
    }
}
