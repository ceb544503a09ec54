package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /practices/queue.xhtml: «Экспертиза практик», the practices waiting for the methodologist. */
public class ReviewQueuePage extends Page {

    static final By TITLE = By.id("queue-title");
    static final By ROWS = By.cssSelector("#queue-table tbody tr");

    private ReviewQueuePage(WebDriver browser) {
        super(browser);
    }

    public static ReviewQueuePage open(WebDriver browser, String base) {
        browser.get(base + "/practices/queue.xhtml");
        return shown(browser);
    }

    public static ReviewQueuePage shown(WebDriver browser) {
        ReviewQueuePage page = new ReviewQueuePage(browser);
        page.visible(TITLE);
        return page;
    }

    public List<String> rows() {
        return browser.findElements(ROWS).stream().map(WebElement::getText).toList();
    }

    /** Practice titles in queue order. */
    public List<String> titles() {
        return browser.findElements(By.cssSelector("#queue-table a.review-link")).stream()
                .map(WebElement::getText).toList();
    }

    /** Opens the practice's review page from its row. */
    public PracticeReviewPage review(String title) {
        WebElement link = browser.findElements(By.cssSelector("#queue-table a.review-link")).stream()
                .filter(a -> a.getText().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("No «" + title + "» in the queue: " + rows()));
        link.click();
        waitUntilGone(link);
        return PracticeReviewPage.shown(browser);
    }

    public String messages() {
        return browser.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }
}
