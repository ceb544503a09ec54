package ru.trajectory.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /courses/course.xhtml: the course card and its sessions with the «Записаться» buttons. */
public class CoursePageObject extends Page {

    static final By TITLE = By.id("course-title");

    private CoursePageObject(WebDriver browser) {
        super(browser);
    }

    public static CoursePageObject shown(WebDriver browser) {
        CoursePageObject page = new CoursePageObject(browser);
        page.visible(TITLE);
        return page;
    }

    public String title() {
        return visible(TITLE).getText();
    }

    /** «Записаться» in the session's row; returns the message the page answers with. */
    public String enroll(String sessionId) {
        WebElement button = visible(By.cssSelector("tr.session-row[data-session='" + sessionId + "'] button[id$=':enroll']"));
        button.click();
        waitUntilGone(button);
        return visible(By.cssSelector("#sessions-form\\:messages .ui-messages-info, #sessions-form\\:messages .ui-messages-warn"))
                .getText();
    }

    public String sessionStatus(String sessionId) {
        return visible(By.cssSelector("tr.session-row[data-session='" + sessionId + "'] td.session-status")).getText();
    }

    public MyCoursesPage openMyCourses(String base) {
        return MyCoursesPage.open(browser, base);
    }
}
