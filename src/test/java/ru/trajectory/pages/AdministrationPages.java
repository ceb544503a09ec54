package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /identity/audit.xhtml and /identity/accounts.xhtml: the administrator's pages. */
public class AdministrationPages extends Page {

    static final By EVENT_ROWS = By.cssSelector("[id='audit-form:events'] tbody tr");
    static final By GRANT_ROWS = By.cssSelector("[id='roles-form:grants'] tbody tr");

    private AdministrationPages(WebDriver browser) {
        super(browser);
    }

    public static AdministrationPages openAudit(WebDriver browser, String base) {
        browser.get(base + "/identity/audit.xhtml");
        AdministrationPages page = new AdministrationPages(browser);
        page.visible(By.id("audit-form:events"));
        return page;
    }

    public static AdministrationPages openAccounts(WebDriver browser, String base) {
        browser.get(base + "/identity/accounts.xhtml");
        AdministrationPages page = new AdministrationPages(browser);
        page.visible(By.id("accounts-form"));
        return page;
    }

    public List<String> eventRows() {
        return browser.findElements(EVENT_ROWS).stream().map(WebElement::getText).toList();
    }

    /** Finds an account by login (ajax) and returns its role rows. */
    public List<String> rolesOf(String login) {
        WebElement query = visible(By.id("accounts-form:query"));
        query.clear();
        query.sendKeys(login);
        browser.findElement(By.id("accounts-form:find")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("account-heading"), login));
        return browser.findElements(GRANT_ROWS).stream().map(WebElement::getText).toList();
    }
}
