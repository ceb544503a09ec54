package ru.trajectory.pages;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** /practices/search.xhtml: the box with suggestions, facets with counts, highlighted hits. */
public class PracticeSearchPageObject extends Page {

    static final By TITLE = By.id("practices-title");
    static final By BOX = By.id("search-form:q_input");
    static final By HITS = By.cssSelector("li.hit");
    static final By SUGGESTIONS = By.cssSelector("#search-form\\:q_panel li.ui-autocomplete-item");

    private PracticeSearchPageObject(WebDriver browser) {
        super(browser);
    }

    public static PracticeSearchPageObject open(WebDriver browser, String base) {
        browser.get(base + "/practices/search.xhtml");
        return shown(browser);
    }

    public static PracticeSearchPageObject shown(WebDriver browser) {
        PracticeSearchPageObject page = new PracticeSearchPageObject(browser);
        page.visible(TITLE);
        return page;
    }

    /** Types into the box without searching, so that suggestions can open. */
    public PracticeSearchPageObject type(String words) {
        WebElement box = visible(BOX);
        box.clear();
        box.sendKeys(words);
        return this;
    }

    /** The titles suggested for what was typed, once the panel has opened. */
    public List<String> suggestions() {
        waiting().until(d -> !d.findElements(SUGGESTIONS).isEmpty() && d.findElements(SUGGESTIONS).get(0).isDisplayed());
        return browser.findElements(SUGGESTIONS).stream().map(WebElement::getText).toList();
    }

    /** Types the query and presses «Найти»; the form is re-rendered by ajax. */
    public PracticeSearchPageObject search(String words) {
        type(words);
        visible(BOX).sendKeys(Keys.ESCAPE);
        return rerender(visible(By.id("search-form:find")));
    }

    /** Ticks or unticks a facet value by its label, e.g. facet {@code level}, label «ООО». */
    public PracticeSearchPageObject toggleFacet(String facet, String label) {
        return rerender(facetValue(facet, label));
    }

    /** The count beside a facet value, or -1 when the value is not listed. */
    public long facetCount(String facet, String label) {
        List<WebElement> values = browser.findElements(facetValues(facet));
        for (WebElement value : values) {
            if (value.findElement(By.className("facet-label")).getText().equals(label)) {
                return Long.parseLong(value.findElement(By.className("facet-count")).getText());
            }
        }
        return -1;
    }

    public boolean facetSelected(String facet, String label) {
        return facetValue(facet, label).getAttribute("class").contains("is-selected");
    }

    /** «По дате», «По числу применяющих»: one of the order buttons by its label. */
    public PracticeSearchPageObject sortBy(String label) {
        WebElement button = visible(By.xpath("//div[@id='search-form:sort']//div[contains(@class,'ui-button')]"
                + "[normalize-space(.)='" + label + "']"));
        return rerender(button);
    }

    public long total() {
        String heading = visible(By.id("hits-heading")).getText();
        return Long.parseLong(heading.replaceAll("\\D+", ""));
    }

    public List<String> titles() {
        return browser.findElements(By.cssSelector("li.hit a.hit-title")).stream().map(WebElement::getText).toList();
    }

    /** The words the index marked in the hit's snippet. */
    public List<String> marked(String title) {
        return hit(title).findElements(By.cssSelector(".hit-snippet mark")).stream().map(WebElement::getText).toList();
    }

    public boolean fuzzyNoteShown() {
        return present(By.id("fuzzy-note"));
    }

    public PracticePageObject openPractice(String title) {
        WebElement link = hit(title).findElement(By.className("hit-title"));
        link.click();
        waitUntilGone(link);
        return PracticePageObject.shown(browser);
    }

    private WebElement hit(String title) {
        return waiting().until(d -> d.findElements(HITS).stream()
                .filter(h -> h.findElement(By.className("hit-title")).getText().equals(title))
                .findFirst().orElse(null));
    }

    private By facetValues(String facet) {
        return By.cssSelector("section.facet[data-facet='" + facet + "'] a.facet-value");
    }

    private WebElement facetValue(String facet, String label) {
        return waiting().until(d -> d.findElements(facetValues(facet)).stream()
                .filter(v -> v.findElement(By.className("facet-label")).getText().equals(label))
                .findFirst().orElse(null));
    }

    /** Clicks and waits for the ajax re-render: the clicked element is replaced. */
    private PracticeSearchPageObject rerender(WebElement clicked) {
        clicked.click();
        waitUntilGone(clicked);
        visible(TITLE);
        return this;
    }
}
