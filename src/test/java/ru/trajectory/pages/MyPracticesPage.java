package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** /practices/mine.xhtml: «Мои практики», the caller's practices in every state. */
public class MyPracticesPage extends Page {

    static final By TITLE = By.id("my-practices-title");
    static final By ROWS = By.cssSelector("#practices-table tbody tr");

    @FindBy(id = "new-practice")
    private WebElement newPractice;

    private MyPracticesPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static MyPracticesPage open(WebDriver browser, String base) {
        browser.get(base + "/practices/mine.xhtml");
        return shown(browser);
    }

    public static MyPracticesPage shown(WebDriver browser) {
        MyPracticesPage page = new MyPracticesPage(browser);
        page.visible(TITLE);
        return page;
    }

    /** «Описать практику». */
    public PracticeEditorPage describeNew() {
        newPractice.click();
        return PracticeEditorPage.shown(browser);
    }

    public List<String> rows() {
        return browser.findElements(ROWS).stream().map(WebElement::getText).toList();
    }

    /** The status shown in the practice's row. */
    public String statusOf(String title) {
        return row(title).findElement(By.cssSelector(".practice-status")).getText();
    }

    /** Whether the row offers «Изменить» (only a draft or a returned practice does). */
    public boolean editable(String title) {
        return !row(title).findElements(By.cssSelector("a.edit-link")).isEmpty();
    }

    /** «Изменить» in the practice's row. */
    public PracticeEditorPage edit(String title) {
        WebElement link = row(title).findElement(By.cssSelector("a.edit-link"));
        link.click();
        waitUntilGone(link);
        return PracticeEditorPage.shown(browser);
    }

    public String messages() {
        return browser.findElements(By.cssSelector(".ui-messages")).stream().map(WebElement::getText)
                .reduce("", (a, b) -> a + " " + b).strip();
    }

    private WebElement row(String title) {
        return browser.findElements(ROWS).stream()
                .filter(r -> r.findElement(By.cssSelector(".practice-link")).getText().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("No row «" + title + "» in " + rows()));
    }
}
