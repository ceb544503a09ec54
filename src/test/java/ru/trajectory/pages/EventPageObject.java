package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /courses/event.xhtml?id=: the event's card, and for its methodologist the registrations with attendance. */
public class EventPageObject extends Page {

    static final By TITLE = By.id("event-title");
    static final By ATTENDANCE_MESSAGES = By.cssSelector("#attendance-form\\:messages .ui-messages-info, "
            + "#attendance-form\\:messages .ui-messages-warn, #attendance-form\\:messages .ui-messages-error");

    private EventPageObject(WebDriver browser) {
        super(browser);
    }

    public static EventPageObject open(WebDriver browser, String base, String eventId) {
        browser.get(base + "/courses/event.xhtml?id=" + eventId);
        return shown(browser);
    }

    public static EventPageObject shown(WebDriver browser) {
        EventPageObject page = new EventPageObject(browser);
        page.visible(TITLE);
        return page;
    }

    public String title() {
        return visible(TITLE).getText();
    }

    public boolean showsRegistrations() {
        return present(By.id("attendance-form"));
    }

    private By row(long personId) {
        return By.cssSelector("#registrations-table tr.registration-row[data-person='" + personId + "']");
    }

    /** Rows of the registrations as text. */
    public List<String> registrationRows() {
        return browser.findElements(By.cssSelector("#registrations-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    public String rowText(long personId) {
        return visible(row(personId)).getText();
    }

    public boolean isMarkedAttended(long personId) {
        return visible(row(personId)).getAttribute("class").contains("is-attended");
    }

    /** Ticks the person's checkbox (the PrimeFaces widget's visible box). */
    public EventPageObject tick(long personId) {
        WebElement box = visible(row(personId)).findElement(By.cssSelector(".ui-chkbox-box"));
        box.click();
        waiting().until(d -> d.findElement(row(personId)).findElement(By.cssSelector(".ui-chkbox-box"))
                .getAttribute("class").contains("ui-state-active"));
        return this;
    }

    /** «Отметить присутствие»; returns the message the page answers with. */
    public String markAttendance() {
        WebElement button = visible(By.id("attendance-form:mark"));
        button.click();
        waitUntilGone(button);
        return visible(ATTENDANCE_MESSAGES).getText();
    }

    public String summary() {
        return visible(By.id("attendance-summary")).getText();
    }
}
