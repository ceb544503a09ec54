package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /courses/session.xhtml: a session's participants and the completion form. */
public class SessionRosterPageObject extends Page {

    static final By TITLE = By.id("roster-title");

    private SessionRosterPageObject(WebDriver browser) {
        super(browser);
    }

    public static SessionRosterPageObject open(WebDriver browser, String base, String sessionId) {
        browser.get(base + "/courses/session.xhtml?id=" + sessionId);
        return shown(browser);
    }

    public static SessionRosterPageObject shown(WebDriver browser) {
        SessionRosterPageObject page = new SessionRosterPageObject(browser);
        page.visible(TITLE);
        return page;
    }

    public List<String> rows() {
        return browser.findElements(By.cssSelector("#roster-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Ticks the participant whose row shows the name. */
    public SessionRosterPageObject tick(String fullName) {
        row(fullName).findElement(By.cssSelector("input[type=checkbox]")).click();
        return this;
    }

    public boolean ticked(String fullName) {
        return row(fullName).findElement(By.cssSelector("input[type=checkbox]")).isSelected();
    }

    public SessionRosterPageObject hours(String value) {
        WebElement input = visible(By.id("completion-form:hours_input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(value);
        return this;
    }

    public SessionRosterPageObject certificate(String value) {
        WebElement input = visible(By.id("completion-form:certificate"));
        input.clear();
        input.sendKeys(value);
        return this;
    }

    /** «Отметить выбранных»; the form is re-rendered by ajax. */
    public SessionRosterPageObject completeSelected() {
        WebElement button = visible(By.id("completion-form:complete-selected"));
        button.click();
        waitUntilGone(button);
        return shown(browser);
    }

    public String fieldMessage(String clientId) {
        return browser.findElements(By.id(clientId + "-msg")).stream().map(WebElement::getText).findFirst().orElse("");
    }

    /** The form's global messages; empty when there are none. */
    public String messages() {
        return browser.findElements(By.id("completion-form:messages")).stream().map(WebElement::getText)
                .findFirst().orElse("");
    }

    public String statusOf(String fullName) {
        return row(fullName).findElement(By.className("participant-status")).getText();
    }

    public String certificateOf(String fullName) {
        return row(fullName).findElement(By.className("participant-certificate")).getText();
    }

    private WebElement row(String fullName) {
        return waiting().until(d -> d.findElements(By.cssSelector("#roster-table tbody tr")).stream()
                .filter(r -> r.getText().contains(fullName)).findFirst().orElse(null));
    }
}
