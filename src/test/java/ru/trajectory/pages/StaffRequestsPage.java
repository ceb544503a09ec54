package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /courses/requests.xhtml: «Обучение сотрудников» of a director. */
public class StaffRequestsPage extends Page {

    static final By TITLE = By.id("requests-title");

    private StaffRequestsPage(WebDriver browser) {
        super(browser);
    }

    public static StaffRequestsPage open(WebDriver browser, String base) {
        browser.get(base + "/courses/requests.xhtml");
        return shown(browser);
    }

    public static StaffRequestsPage shown(WebDriver browser) {
        StaffRequestsPage page = new StaffRequestsPage(browser);
        page.visible(TITLE);
        return page;
    }

    public List<String> pendingRows() {
        return browser.findElements(By.cssSelector("#pending-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    public List<String> enrolledRows() {
        return browser.findElements(By.cssSelector("#enrolled-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** «Согласовать» in the row of the request for the course; the lists are re-rendered by ajax. */
    public StaffRequestsPage approve(String courseTitle) {
        WebElement button = browser.findElements(By.cssSelector("#pending-table tbody tr")).stream()
                .filter(r -> r.getText().contains(courseTitle)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button[id$=':approve']"));
        button.click();
        waitUntilGone(button);
        visible(TITLE);
        return this;
    }

    public String messages() {
        return visible(By.id("requests-form:messages")).getText();
    }
}
