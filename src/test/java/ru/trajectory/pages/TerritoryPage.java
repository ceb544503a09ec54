package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /organizations/territory.xhtml: the region → municipalities → schools tree table. */
public class TerritoryPage extends Page {

    static final By TREE = By.id("territory-form:tree");
    static final By SCHOOL_LINKS = By.cssSelector("[id='territory-form:tree'] a[href*='school.xhtml']");

    @FindBy(css = "[id='territory-form:tree'] tbody tr")
    private List<WebElement> rows;

    private TerritoryPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static TerritoryPage open(WebDriver browser, String base) {
        browser.get(base + "/organizations/territory.xhtml");
        TerritoryPage page = new TerritoryPage(browser);
        page.visible(TREE);
        return page;
    }

    public int rowCount() {
        return rows.size();
    }

    public int schoolLinkCount() {
        return browser.findElements(SCHOOL_LINKS).size();
    }

    /** Opens the first municipality (the row after the region) and waits for its schools. */
    public void expandFirstMunicipality() {
        WebElement toggler = visible(By.cssSelector("[id='territory-form:tree'] tbody tr:nth-child(2) .ui-treetable-toggler"));
        toggler.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(SCHOOL_LINKS));
    }
}
