package ru.trajectory.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/**
 * /practices/review.xhtml: the practice as submitted and the expert's form, a 1–5 button
 * group and a comment per criterion (rows marked by {@code data-criterion}), an overall
 * comment, «Опубликовать» and «Вернуть на доработку».
 */
public class PracticeReviewPage extends Page {

    static final By TITLE = By.id("review-title");

    @FindBy(id = "practice-body")
    private WebElement body;

    @FindBy(id = "review-form:comment")
    private WebElement comment;

    private PracticeReviewPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static PracticeReviewPage open(WebDriver browser, String base, long id) {
        browser.get(base + "/practices/review.xhtml?id=" + id);
        return shown(browser);
    }

    public static PracticeReviewPage shown(WebDriver browser) {
        PracticeReviewPage page = new PracticeReviewPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** The body as the browser rendered it. */
    public WebElement body() {
        return body;
    }

    public String bodyHtml() {
        return body.getAttribute("innerHTML");
    }

    /** Clicks the score button of a criterion (RELEVANCE, NOVELTY …). */
    public PracticeReviewPage score(String criterion, int value) {
        WebElement button = row(criterion).findElements(By.cssSelector(".ui-selectonebutton .ui-button")).stream()
                .filter(b -> b.getText().strip().equals(String.valueOf(value))).findFirst().orElseThrow();
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        waiting().until(d -> String.valueOf(value).equals(scoreOf(criterion)));
        return this;
    }

    /** The chosen score of a criterion as its button shows it, empty when none is chosen. */
    public String scoreOf(String criterion) {
        return row(criterion).findElements(By.cssSelector(".ui-selectonebutton .ui-button.ui-state-active")).stream()
                .map(b -> b.getText().strip()).findFirst().orElse("");
    }

    public PracticeReviewPage comment(String criterion, String text) {
        WebElement area = row(criterion).findElement(By.cssSelector("textarea"));
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(text);
        return this;
    }

    public String commentOf(String criterion) {
        return row(criterion).findElement(By.cssSelector("textarea")).getAttribute("value");
    }

    public PracticeReviewPage overallComment(String text) {
        comment.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        comment.sendKeys(text);
        return this;
    }

    public String overallComment() {
        return comment.getAttribute("value");
    }

    /** «Опубликовать» when the service refuses: the form comes back with the messages. */
    public PracticeReviewPage publishRefused() {
        click(By.id("review-form:publish"));
        return shown(browser);
    }

    /** «Опубликовать» when it succeeds: back to the queue with a confirmation. */
    public ReviewQueuePage publish() {
        click(By.id("review-form:publish"));
        return ReviewQueuePage.shown(browser);
    }

    /** «Вернуть на доработку» when it succeeds: back to the queue. */
    public ReviewQueuePage returnForChanges() {
        click(By.id("review-form:return"));
        return ReviewQueuePage.shown(browser);
    }

    /** The message about the criteria scores above them, empty when there is none. */
    public String scoresMessage() {
        return browser.findElements(By.id("review-form:scores-msg")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    /** Whether the criterion's row is marked as needing a score after a refusal. */
    public boolean marked(String criterion) {
        return row(criterion).getAttribute("class").contains("is-missing");
    }

    public String globalMessages() {
        return browser.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    private WebElement row(String criterion) {
        return visible(By.cssSelector("fieldset[data-criterion='" + criterion + "']"));
    }

    private void click(By by) {
        WebElement button = visible(by);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", button);
        button.click();
        waitUntilGone(button);
    }
}
