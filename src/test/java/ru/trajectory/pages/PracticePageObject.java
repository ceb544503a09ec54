package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /practices/practice.xhtml: a practice with its authors, score, «применяю» and related ones. */
public class PracticePageObject extends Page {

    static final By TITLE = By.id("practice-title");

    private PracticePageObject(WebDriver browser) {
        super(browser);
    }

    public static PracticePageObject open(WebDriver browser, String base, long id) {
        browser.get(base + "/practices/practice.xhtml?id=" + id);
        return shown(browser);
    }

    public static PracticePageObject shown(WebDriver browser) {
        PracticePageObject page = new PracticePageObject(browser);
        page.visible(TITLE);
        return page;
    }

    public String title() {
        return visible(TITLE).getText();
    }

    public String status() {
        return visible(By.id("practice-status")).getText();
    }

    public String authors() {
        return visible(By.id("practice-authors")).getText();
    }

    public String school() {
        return visible(By.id("practice-school")).getText();
    }

    public String score() {
        return visible(By.id("practice-score")).getText();
    }

    public long applications() {
        return Long.parseLong(visible(By.id("practice-applications")).getText().strip());
    }

    /** The body's HTML as the browser holds it, to check what markup survived. */
    public String bodyHtml() {
        return visible(By.id("practice-body")).getAttribute("innerHTML");
    }

    public boolean mayApply() {
        return present(By.id("apply-form:apply"));
    }

    /** «Применяю» with the feedback; waits for the form to be re-rendered. */
    public PracticePageObject apply(String feedback) {
        WebElement box = visible(By.id("apply-form:feedback"));
        box.clear();
        box.sendKeys(feedback);
        WebElement button = visible(By.id("apply-form:apply"));
        button.click();
        waitUntilGone(button);
        visible(By.id("apply-form"));
        return this;
    }

    public String messages() {
        return visible(By.id("apply-form")).getText();
    }

    /** What is still in the feedback box, after a refusal. */
    public String feedbackTyped() {
        return visible(By.id("apply-form:feedback")).getAttribute("value");
    }

    public List<String> feedbackTexts() {
        return browser.findElements(By.cssSelector(".feedback-list li.feedback p.preserve-lines")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> related() {
        return browser.findElements(By.cssSelector("#related-practices a.related-link")).stream()
                .map(WebElement::getText).toList();
    }
}
