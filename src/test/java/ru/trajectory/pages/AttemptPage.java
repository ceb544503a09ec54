package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * /diagnostics/attempt.xhtml?id=&page=: one page of questions. Every choice is saved by ajax;
 * the methods here wait for the question's «Сохранено» before returning.
 */
public class AttemptPage extends Page {

    static final By TITLE = By.id("attempt-title");
    static final By QUESTIONS = By.cssSelector("li.question");

    private AttemptPage(WebDriver browser) {
        super(browser);
    }

    public static AttemptPage open(WebDriver browser, String base, long attemptId, int page) {
        browser.get(base + "/diagnostics/attempt.xhtml?id=" + attemptId + "&page=" + page);
        return shown(browser);
    }

    public static AttemptPage shown(WebDriver browser) {
        AttemptPage page = new AttemptPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** The attempt id from the address. */
    public long attemptId() {
        String url = browser.getCurrentUrl();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(url);
        if (!m.find()) {
            throw new IllegalStateException("No attempt id in " + url);
        }
        return Long.parseLong(m.group(1));
    }

    /** Positions of the questions on this page, as numbered on screen. */
    public List<String> questionNumbers() {
        return browser.findElements(By.cssSelector("li.question .question-number")).stream()
                .map(e -> e.getText().replace(".", "").strip()).toList();
    }

    /** Clicks the option with that text in the question numbered {@code number} and waits for the save. */
    public void choose(int number, String optionText) {
        WebElement question = question(number);
        WebElement status = question.findElement(By.cssSelector(".save-status"));
        WebElement label = question.findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(optionText)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No option «" + optionText + "» in question " + number));
        label.click();
        waitUntilGone(status);
        waiting().until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(question(number),
                By.cssSelector(".save-status .saved")));
    }

    /** True when the option's native input is checked (as the server rendered or the click set it). */
    public boolean isChosen(int number, String optionText) {
        WebElement question = question(number);
        WebElement label = question.findElements(By.tagName("label")).stream()
                .filter(l -> l.getText().strip().equals(optionText)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No option «" + optionText + "» in question " + number));
        WebElement input = browser.findElement(By.id(label.getAttribute("for")));
        return input.isSelected();
    }

    public String saveStatus(int number) {
        return question(number).findElement(By.cssSelector(".save-status")).getText();
    }

    /** «Отвечено N из M». */
    public String answeredText() {
        return visible(By.id("answered-count")).getText();
    }

    public String timeLeft() {
        return present(By.id("time-left")) ? browser.findElement(By.id("time-left")).getText() : "";
    }

    /** Reloads the page from the server, as a teacher pressing F5 would. */
    public AttemptPage reload() {
        WebElement title = visible(TITLE);
        browser.navigate().refresh();
        waitUntilGone(title);
        return shown(browser);
    }

    public AttemptPage next() {
        WebElement button = visible(By.id("attempt-form:next"));
        button.click();
        waitUntilGone(button);
        return shown(browser);
    }

    /** Clicks «Завершить», returns the confirmation's text and leaves the dialog open. */
    public String askToFinish() {
        visible(By.id("attempt-form:finish")).click();
        return visible(By.cssSelector(".ui-confirm-dialog .ui-confirm-dialog-message")).getText();
    }

    /** Confirms the open dialog; the portal answers with the result page. */
    public ResultPage confirmFinish() {
        WebElement title = visible(TITLE);
        visible(By.id("attempt-form:confirm-yes")).click();
        waitUntilGone(title);
        return ResultPage.shown(browser);
    }

    private WebElement question(int number) {
        return visible(QUESTIONS).findElements(By.xpath("//li[contains(@class,'question') and .//span[@class='question-number' and normalize-space(.)='"
                + number + ".']]")).stream().findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No question " + number + " on this page"));
    }
}
