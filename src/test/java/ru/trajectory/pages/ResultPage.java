package ru.trajectory.pages;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /diagnostics/result.xhtml?id=: per competency its percent and level, and the chart. */
public class ResultPage extends Page {

    static final By TITLE = By.id("result-title");

    private ResultPage(WebDriver browser) {
        super(browser);
    }

    public static ResultPage open(WebDriver browser, String base, long attemptId) {
        browser.get(base + "/diagnostics/result.xhtml?id=" + attemptId);
        return shown(browser);
    }

    public static ResultPage shown(WebDriver browser) {
        ResultPage page = new ResultPage(browser);
        page.visible(TITLE);
        return page;
    }

    public long attemptId() {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[?&]id=(\\d+)").matcher(browser.getCurrentUrl());
        if (!m.find()) {
            throw new IllegalStateException("No attempt id in " + browser.getCurrentUrl());
        }
        return Long.parseLong(m.group(1));
    }

    /** «dd.MM.yyyy HH:mm» of the submission. */
    public String finishedAt() {
        return visible(By.id("finished-at")).getText();
    }

    /** Competency code → the level's text as shown (Дефицит, Частично, Сформирована). */
    public Map<String, String> levels() {
        Map<String, String> levels = new LinkedHashMap<>();
        for (WebElement row : browser.findElements(By.cssSelector("#result-table tbody tr"))) {
            levels.put(row.getAttribute("data-code"), row.findElement(By.cssSelector(".level-badge")).getText());
        }
        return levels;
    }

    /** The percent cell of a competency, e.g. «66,7 %». */
    public String percentOf(String code) {
        return visible(By.cssSelector("#result-table tr[data-code='" + code + "'] td.num")).getText();
    }

    /** True once Chart.js has drawn the chart on its canvas (the widget ran under the page's CSP). */
    public boolean chartDrawn() {
        visible(By.cssSelector("[id='result-chart'] canvas"));
        return waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "var c = document.querySelector(\"[id='result-chart'] canvas\");"
                        + "return !!(window.Chart && c && Chart.getChart(c));")));
    }

    public ProfilePage openMyDeficits() {
        WebElement link = visible(By.id("profile-link"));
        link.click();
        waitUntilGone(link);
        return ProfilePage.shown(browser);
    }
}
