package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /diagnostics/profile.xhtml?person=: current levels by area, current deficits, their history. */
public class ProfilePage extends Page {

    static final By TITLE = By.id("profile-title");

    private ProfilePage(WebDriver browser) {
        super(browser);
    }

    /** The caller's own profile. */
    public static ProfilePage open(WebDriver browser, String base) {
        browser.get(base + "/diagnostics/profile.xhtml");
        return shown(browser);
    }

    public static ProfilePage open(WebDriver browser, String base, long personId) {
        browser.get(base + "/diagnostics/profile.xhtml?person=" + personId);
        return shown(browser);
    }

    public static ProfilePage shown(WebDriver browser) {
        ProfilePage page = new ProfilePage(browser);
        page.visible(TITLE);
        return page;
    }

    public String personName() {
        return visible(By.id("profile-person")).getText();
    }

    /** Codes of the current deficits, as listed at the top. */
    public List<String> deficitCodes() {
        return browser.findElements(By.cssSelector("#current-deficits li.deficit-item")).stream()
                .map(li -> li.getAttribute("data-code")).toList();
    }

    /** The level text of a competency in the levels table. */
    public String levelOf(String code) {
        return visible(By.cssSelector("#levels-table tr[data-code='" + code + "'] .level-badge")).getText();
    }

    public String levelRowText(String code) {
        return visible(By.cssSelector("#levels-table tr[data-code='" + code + "']")).getText();
    }

    /** Rows of the deficit history whose deficit is still open, by code. */
    public List<String> openHistoryCodes() {
        return browser.findElements(By.cssSelector("#history-table tr.history-row.is-open")).stream()
                .map(r -> r.getAttribute("data-code")).toList();
    }

    public List<String> historyRows() {
        return browser.findElements(By.cssSelector("#history-table tbody tr")).stream().map(WebElement::getText).toList();
    }
}
