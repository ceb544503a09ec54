package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** /courses/catalogue.xhtml: filters and the lazy table of matching courses. */
public class CourseCataloguePage extends Page {

    static final By TITLE = By.id("catalogue-title");
    static final By LINKS = By.cssSelector("#catalogue-form\\:results a.course-link");

    private CourseCataloguePage(WebDriver browser) {
        super(browser);
    }

    public static CourseCataloguePage open(WebDriver browser, String base) {
        browser.get(base + "/courses/catalogue.xhtml");
        return shown(browser);
    }

    public static CourseCataloguePage shown(WebDriver browser) {
        CourseCataloguePage page = new CourseCataloguePage(browser);
        page.visible(TITLE);
        return page;
    }

    public CourseCataloguePage text(String words) {
        WebElement q = visible(By.id("catalogue-form:q"));
        q.clear();
        q.sendKeys(words);
        return this;
    }

    /** Picks a format by its option value (IN_PERSON, DISTANCE, BLENDED). */
    public CourseCataloguePage format(String value) {
        new Select(visible(By.id("catalogue-form:format"))).selectByValue(value);
        return this;
    }

    /** «Найти»: the form is re-rendered by ajax with the first page of results. */
    public CourseCataloguePage apply() {
        WebElement button = visible(By.id("catalogue-form:apply"));
        button.click();
        waitUntilGone(button);
        visible(By.id("catalogue-form:apply"));
        return this;
    }

    public List<String> titles() {
        return browser.findElements(LINKS).stream().map(WebElement::getText).toList();
    }

    public CoursePageObject openCourse(String title) {
        WebElement link = visible(By.linkText(title));
        link.click();
        waitUntilGone(link);
        return CoursePageObject.shown(browser);
    }
}
