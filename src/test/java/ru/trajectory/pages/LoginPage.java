package ru.trajectory.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** /login.xhtml: the sign-in form. */
public class LoginPage extends Page {

    static final By FORM = By.id("login-form");

    @FindBy(id = "login-form:login")
    private WebElement login;

    @FindBy(id = "login-form:password")
    private WebElement password;

    private LoginPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static LoginPage open(WebDriver browser, String base) {
        browser.get(base + "/login.xhtml");
        return shown(browser);
    }

    /** The sign-in page the browser is on now (after a redirect, say). */
    public static LoginPage shown(WebDriver browser) {
        LoginPage page = new LoginPage(browser);
        page.visible(FORM);
        return page;
    }

    public HomePage signInAs(String user, String secret) {
        submit(user, secret);
        return HomePage.shown(browser);
    }

    /** Submits the form and waits for the answer, whatever page it is. */
    public void submit(String user, String secret) {
        login.clear();
        login.sendKeys(user);
        password.clear();
        password.sendKeys(secret);
        // A concrete element, not the PageFactory proxy: the proxy would find the re-rendered button.
        WebElement button = browser.findElement(By.id("login-form:submit"));
        button.click();
        waitUntilGone(button);
    }

    /** Signs in with a wrong password and stays on this page to show the error. */
    public LoginPage signInExpectingError(String user, String secret) {
        submit(user, secret);
        LoginPage again = shown(browser);
        again.visible(By.cssSelector("#login-form\\:messages .ui-messages-error"));
        return again;
    }

    public String error() {
        return visible(By.cssSelector("#login-form\\:messages .ui-messages-error")).getText();
    }

    public String typedLogin() {
        return login.getAttribute("value");
    }

    public String typedPassword() {
        return password.getAttribute("value");
    }

    public String next() {
        return browser.findElement(By.id("login-form:next")).getAttribute("value");
    }
}
