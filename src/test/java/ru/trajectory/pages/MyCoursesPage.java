package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /courses/my.xhtml: «Мои курсы» with current enrollments, completed courses and total hours. */
public class MyCoursesPage extends Page {

    static final By TITLE = By.id("my-courses-title");

    private MyCoursesPage(WebDriver browser) {
        super(browser);
    }

    public static MyCoursesPage open(WebDriver browser, String base) {
        browser.get(base + "/courses/my.xhtml");
        return shown(browser);
    }

    public static MyCoursesPage shown(WebDriver browser) {
        MyCoursesPage page = new MyCoursesPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** Rows of the current enrollments as text. */
    public List<String> currentRows() {
        return browser.findElements(By.cssSelector("#current-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    /** Rows of the completed courses table as text. */
    public List<String> completedRows() {
        return browser.findElements(By.cssSelector("#completed-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    public String totalHours() {
        return visible(By.id("total-hours")).getText();
    }

    /** «Отменить запись» in the enrollment's row. */
    public MyCoursesPage cancel(String courseTitle) {
        WebElement button = browser.findElements(By.cssSelector("#current-table tbody tr")).stream()
                .filter(r -> r.getText().contains(courseTitle)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button[id$=':cancel']"));
        button.click();
        waitUntilGone(button);
        return shown(browser);
    }
}
