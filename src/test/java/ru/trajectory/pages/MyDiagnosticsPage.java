package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /diagnostics/my.xhtml: the instruments meant for the caller, finished attempts, dynamics. */
public class MyDiagnosticsPage extends Page {

    static final By TITLE = By.id("my-title");
    static final By CARDS = By.cssSelector("li.instrument-card");

    private MyDiagnosticsPage(WebDriver browser) {
        super(browser);
    }

    public static MyDiagnosticsPage open(WebDriver browser, String base) {
        browser.get(base + "/diagnostics/my.xhtml");
        return shown(browser);
    }

    public static MyDiagnosticsPage shown(WebDriver browser) {
        MyDiagnosticsPage page = new MyDiagnosticsPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** Instrument codes of the cards, in their order. */
    public List<String> instrumentCodes() {
        return browser.findElements(CARDS).stream().map(c -> c.getAttribute("data-code")).toList();
    }

    public String cardText(String code) {
        return card(code).getText();
    }

    /** «Начать» (or «Продолжить» when an attempt is open) on the instrument's card. */
    public AttemptPage startOrContinue(String code) {
        WebElement card = card(code);
        List<WebElement> buttons = card.findElements(By.cssSelector("button[id$=':start'], a[id$=':continue']"));
        WebElement button = buttons.get(0);
        button.click();
        waitUntilGone(button);
        return AttemptPage.shown(browser);
    }

    /** Rows of the finished attempts table as text. */
    public List<String> historyRows() {
        return browser.findElements(By.cssSelector("#history-table tbody tr")).stream().map(WebElement::getText).toList();
    }

    public boolean hasDynamicsChart() {
        return present(By.cssSelector("#dynamics canvas"));
    }

    public ProfilePage openProfile() {
        WebElement link = visible(By.id("my-profile-link"));
        link.click();
        waitUntilGone(link);
        return ProfilePage.shown(browser);
    }

    private WebElement card(String code) {
        return visible(By.cssSelector("li.instrument-card[data-code='" + code + "']"));
    }
}
