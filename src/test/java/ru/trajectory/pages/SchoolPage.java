package ru.trajectory.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.FindBy;
import org.openqa.selenium.support.PageFactory;

/** /organizations/school.xhtml?id=: the school card and, for its managers, staff and import. */
public class SchoolPage extends Page {

    static final By NAME = By.id("school-name");
    static final By STAFF_TABLE = By.id("staff-form:staff-table");

    @FindBy(id = "school-name")
    private WebElement name;

    @FindBy(css = "#staff-form\\:staff-table tbody tr")
    private java.util.List<WebElement> staffRows;

    private SchoolPage(WebDriver browser) {
        super(browser);
        PageFactory.initElements(browser, this);
    }

    public static SchoolPage open(WebDriver browser, String base, long schoolId) {
        browser.get(base + "/organizations/school.xhtml?id=" + schoolId);
        return shown(browser);
    }

    public static SchoolPage shown(WebDriver browser) {
        SchoolPage page = new SchoolPage(browser);
        page.visible(NAME);
        return page;
    }

    public String name() {
        return name.getText();
    }

    public boolean hasStaffTable() {
        return present(STAFF_TABLE);
    }

    public boolean hasImportForm() {
        return present(By.id("import-form"));
    }

    /**
     * Uploads a staff file through the import form (a full-page post) and returns the refused
     * rows of the report as «row: column: message» lines.
     */
    public java.util.List<String> importFile(java.nio.file.Path file, boolean partial) {
        WebElement input = browser.findElement(By.cssSelector("[id='import-form'] input[type='file']"));
        input.sendKeys(file.toAbsolutePath().toString());
        if (partial) {
            browser.findElement(By.cssSelector("[id='import-form:partial'] .ui-chkbox-box")).click();
        }
        WebElement upload = browser.findElement(By.id("import-form:upload"));
        upload.click();
        waitUntilGone(upload);
        visible(By.cssSelector("[id='import-form'] .import-report"));
        return browser.findElements(By.cssSelector("[id='import-form:rejected'] tbody tr")).stream()
                .map(row -> row.findElements(By.tagName("td")).stream()
                        .map(td -> td.getText().replaceFirst("^(Строка|Столбец|Ошибка)\\s*", "").strip())
                        .collect(java.util.stream.Collectors.joining(": ")))
                .toList();
    }

    public String importReport() {
        return visible(By.cssSelector("[id='import-form'] .import-report")).getText();
    }

    public int staffRowCount() {
        visible(STAFF_TABLE);
        return staffRows.size();
    }
}
