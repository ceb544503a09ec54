package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /organizations/person.xhtml?id=: a person's card and, for those who see it in full, their learning. */
public class PersonPage extends Page {

    static final By TITLE = By.id("person-name");

    private PersonPage(WebDriver browser) {
        super(browser);
    }

    public static PersonPage open(WebDriver browser, String base, long personId) {
        browser.get(base + "/organizations/person.xhtml?id=" + personId);
        PersonPage page = new PersonPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** Rows of «Повышение квалификации» as text. */
    public List<String> completedCourses() {
        return browser.findElements(By.cssSelector("#profile-courses tbody tr")).stream().map(WebElement::getText).toList();
    }

    public String totalHours() {
        return visible(By.id("profile-hours")).getText();
    }

    public boolean showsLearning() {
        return present(By.id("learning-heading"));
    }
}
