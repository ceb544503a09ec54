package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** /index.xhtml: one section per role, each headed by a stable id such as {@code home-teacher}. */
public class HomePage extends Page {

    static final By SECTIONS = By.cssSelector("section.role-section h2");

    @FindBy(css = "section.role-section h2")
    private List<WebElement> roleHeadings;

    @FindBy(css = "#header-form .caller-name")
    private WebElement callerName;

    private HomePage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static HomePage open(WebDriver browser, String base) {
        browser.get(base + "/index.xhtml");
        return shown(browser);
    }

    public static HomePage shown(WebDriver browser) {
        HomePage page = new HomePage(browser);
        page.visible(SECTIONS);
        return page;
    }

    /** The text of the role section's heading with that id, e.g. {@code home-director}. */
    public String roleHeading(String id) {
        return visible(By.id(id)).getText();
    }

    public List<String> roleHeadingIds() {
        return roleHeadings.stream().map(h -> h.getAttribute("id")).toList();
    }

    public String callerName() {
        return callerName.getText();
    }

    /** Follows the director section's link to the staff list of their school. */
    public SchoolPage openOwnSchoolStaff() {
        visible(By.cssSelector("#home-director ~ .school-summary a[href*='#staff']")).click();
        return SchoolPage.shown(browser);
    }
}
