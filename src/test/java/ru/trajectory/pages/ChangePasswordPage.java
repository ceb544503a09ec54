package ru.trajectory.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** /identity/password.xhtml: the signed-in person changes their password (ajax form). */
public class ChangePasswordPage extends Page {

    @FindBy(id = "password-form:current")
    private WebElement current;

    @FindBy(id = "password-form:replacement")
    private WebElement replacement;

    @FindBy(id = "password-form:confirmation")
    private WebElement confirmation;

    private ChangePasswordPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static ChangePasswordPage open(WebDriver browser, String base) {
        browser.get(base + "/identity/password.xhtml");
        ChangePasswordPage page = new ChangePasswordPage(browser);
        page.visible(By.id("password-form"));
        return page;
    }

    /** Submits the three fields; the form is re-rendered by ajax with messages at the fields. */
    public void change(String now, String fresh, String again) {
        current.sendKeys(now);
        replacement.sendKeys(fresh);
        confirmation.sendKeys(again);
        // A concrete element, not the PageFactory proxy: the proxy would find the re-rendered button.
        WebElement button = browser.findElement(By.id("password-form:submit"));
        button.click();
        waitUntilGone(button);
        PageFactory.initElements(browser, this);
    }

    /** The message shown at a field: current, replacement or confirmation. */
    public String fieldError(String field) {
        By message = By.id("password-form:" + field + "-message");
        return waiting().until(d -> {
            String text = d.findElement(message).getText();
            return text.isBlank() ? null : text;
        });
    }

    public String typed(String field) {
        return browser.findElement(By.id("password-form:" + field)).getAttribute("value");
    }
}
