package ru.trajectory.pages;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every portal page shares: the layout's header, its language switch and sign-out. */
abstract class Page {

    static final Duration WAIT = Duration.ofSeconds(20);

    protected final WebDriver browser;

    Page(WebDriver browser) {
        this.browser = browser;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Waits until the element has left the document, as after a full page load. Chromium may
     * answer "node does not belong to the document" instead of a stale reference; both mean gone.
     */
    void waitUntilGone(WebElement element) {
        waiting().until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException gone) {
                return true;
            } catch (org.openqa.selenium.WebDriverException detached) {
                return detached.getMessage() != null && detached.getMessage().contains("does not belong to the document");
            }
        });
    }

    boolean present(By by) {
        return !browser.findElements(by).isEmpty();
    }

    /** The {@code lang} attribute of the page, as set from the chosen interface language. */
    public String language() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    public String heading() {
        return visible(By.tagName("h1")).getText();
    }

    /** Clicks «Выход» in the header; the portal answers with the sign-in page. */
    public LoginPage signOut() {
        WebElement button = visible(By.id("header-form:signout"));
        button.click();
        waitUntilGone(button);
        return LoginPage.shown(browser);
    }

    /** Switches the interface language by the header's RU / EN buttons and waits for the reload. */
    public void switchLanguage(String language) {
        WebElement button = visible(By.id("header-form:lang-" + language));
        button.click();
        waitUntilGone(button);
        waiting().until(d -> language.equals(language()));
    }

    /** document.scrollWidth ≤ window.innerWidth: nothing sticks out sideways. */
    public boolean fitsWidth() {
        Object fits = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        return Boolean.TRUE.equals(fits);
    }

    public String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
