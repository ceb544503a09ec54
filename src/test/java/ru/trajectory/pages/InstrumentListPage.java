package ru.trajectory.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/**
 * /diagnostics/instruments.xhtml: the methodologist's list of the region's instruments with
 * every version, and the «Новая диагностика» form that creates a draft and opens the editor.
 */
public class InstrumentListPage extends Page {

    static final By TITLE = By.id("instruments-title");
    static final By ROWS = By.cssSelector("#list-form\\:instruments_data > tr");

    @FindBy(id = "create-form:new-title")
    private WebElement newTitle;

    @FindBy(id = "create-form:new-code")
    private WebElement newCode;

    private InstrumentListPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static InstrumentListPage open(WebDriver browser, String base) {
        browser.get(base + "/diagnostics/instruments.xhtml");
        return shown(browser);
    }

    public static InstrumentListPage shown(WebDriver browser) {
        InstrumentListPage page = new InstrumentListPage(browser);
        page.visible(TITLE);
        return page;
    }

    /**
     * Fills «Новая диагностика» and presses «Создать черновик»; the portal answers with the
     * editor of the new draft. {@code kindLabelStart} is how the radio's visible label begins, e.g. «Тест».
     */
    public InstrumentEditorPage createDraft(String code, String title, String kindLabelStart) {
        newTitle.clear();
        newTitle.sendKeys(title);
        newCode.clear();
        newCode.sendKeys(code);
        WebElement kind = visible(By.xpath("//*[@id='create-form:new-kind']//label[starts-with(normalize-space(.), '"
                + kindLabelStart + "')]"));
        kind.click();
        WebElement radio = browser.findElement(By.id(kind.getAttribute("for")));
        waiting().until(d -> radio.isSelected());
        WebElement button = browser.findElement(By.id("create-form:create-draft"));
        button.click();
        waitUntilGone(button);
        return InstrumentEditorPage.shown(browser);
    }

    /** The text of the list row showing that code (title, code, version, status, kind, items, dates). */
    public String rowText(String code) {
        visible(ROWS);
        return browser.findElements(ROWS).stream()
                .filter(r -> !r.findElements(By.xpath(".//code[normalize-space(.)='" + code + "']")).isEmpty())
                .findFirst().map(WebElement::getText)
                .orElseThrow(() -> new IllegalArgumentException("No row of " + code + " in the instruments list"));
    }
}
