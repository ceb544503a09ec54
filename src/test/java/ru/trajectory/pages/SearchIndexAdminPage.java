package ru.trajectory.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /practices/index-admin.xhtml: the search index's state and its rebuild with a progress bar. */
public class SearchIndexAdminPage extends Page {

    static final By TITLE = By.id("index-title");

    private SearchIndexAdminPage(WebDriver browser) {
        super(browser);
    }

    public static SearchIndexAdminPage open(WebDriver browser, String base) {
        browser.get(base + "/practices/index-admin.xhtml");
        return shown(browser);
    }

    public static SearchIndexAdminPage shown(WebDriver browser) {
        SearchIndexAdminPage page = new SearchIndexAdminPage(browser);
        page.visible(TITLE);
        return page;
    }

    public long documents() {
        return Long.parseLong(visible(By.id("index-documents")).getText().strip());
    }

    public long databasePractices() {
        return Long.parseLong(visible(By.id("index-database")).getText().strip());
    }

    public String state() {
        return visible(By.id("index-state")).getText().strip();
    }

    /** «Пересобрать индекс»; the page then polls the progress until the rebuild is over. */
    public SearchIndexAdminPage rebuild() {
        WebElement button = visible(By.id("index-form:rebuild"));
        button.click();
        waitUntilGone(button);
        return this;
    }

    /** Waits until the progress bar says 100% and the state is back to «Работает». */
    public SearchIndexAdminPage awaitRebuilt() {
        // The poll re-renders the panel every second, so an element read a moment ago may be gone.
        waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            var bars = d.findElements(By.cssSelector("#index-form\\:progress .ui-progressbar-label"));
            return !bars.isEmpty() && "100%".equals(bars.get(0).getText().strip())
                    && "Работает".equals(d.findElement(By.id("index-state")).getText().strip());
        });
        return this;
    }

    public String progressCount() {
        return visible(By.id("progress-count")).getText();
    }
}
