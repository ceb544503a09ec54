package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * /courses/calendar.xhtml: the schedule widget (FullCalendar inside p:schedule), the plain
 * list of upcoming entries, and the «Скачать .ics» link.
 */
public class CalendarPage extends Page {

    static final By TITLE = By.id("calendar-title");
    static final By SCHEDULE = By.cssSelector("#calendar-form\\:schedule");

    private CalendarPage(WebDriver browser) {
        super(browser);
    }

    /** Opens the calendar with the schedule on the month of {@code date} (yyyy-MM-dd). */
    public static CalendarPage open(WebDriver browser, String base, String date) {
        browser.get(base + "/courses/calendar.xhtml?date=" + date);
        CalendarPage page = new CalendarPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** The entries of the plain list as text, in order. */
    public List<String> listEntries() {
        return browser.findElements(By.cssSelector("#upcoming-list li.calendar-entry")).stream()
                .map(WebElement::getText).toList();
    }

    public String listEntry(String title) {
        return listEntries().stream().filter(t -> t.contains(title)).findFirst().orElse("");
    }

    /**
     * Titles the widget shows once its ajax load has come back with one containing {@code expected}.
     * The widget redraws itself when the entries arrive, so a stale element just means "look again".
     */
    public List<String> scheduleTitles(String expected) {
        return waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            List<String> titles = d.findElements(By.cssSelector("#calendar-form\\:schedule .fc-event-title, "
                    + "#calendar-form\\:schedule .fc-list-event-title")).stream().map(WebElement::getText).toList();
            return titles.stream().anyMatch(t -> t.contains(expected)) ? titles : null;
        });
    }

    /** Switches the widget to its list view (FullCalendar's listMonth button). */
    public CalendarPage showListView() {
        visible(By.cssSelector("#calendar-form\\:schedule .fc-listMonth-button")).click();
        visible(By.cssSelector("#calendar-form\\:schedule .fc-list, #calendar-form\\:schedule .fc-list-empty"));
        return this;
    }

    /** Clicks the widget's entry with this title: the browser goes to the entry's page. */
    public void openFromSchedule(String title) {
        WebElement clicked = waiting().ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement entry = d.findElements(By.cssSelector("#calendar-form\\:schedule a.fc-event, "
                    + "#calendar-form\\:schedule .fc-list-event")).stream()
                    .filter(e -> e.getText().contains(title)).findFirst().orElse(null);
            if (entry == null) {
                return null;
            }
            WebElement target = entry.getTagName().equals("a") ? entry
                    : entry.findElement(By.cssSelector(".fc-list-event-title a"));
            target.click();
            return target;
        });
        waitUntilGone(clicked);
    }

    public String icsHref() {
        return visible(By.id("ics-link")).getAttribute("href");
    }

    /**
     * Fetches the «Скачать .ics» link with the browser's own session (as a click would, but
     * readable): returns "status|content-type|body".
     */
    public String fetchIcs() {
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(document.getElementById('ics-link').href, {credentials: 'same-origin'})"
                        + ".then(r => r.text().then(t => done(r.status + '|' + r.headers.get('Content-Type') + '|' + t)))"
                        + ".catch(e => done('error|' + e));");
        return String.valueOf(answer);
    }
}
