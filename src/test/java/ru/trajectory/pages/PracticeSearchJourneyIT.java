package ru.trajectory.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.BrowserTest;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.Eventually;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;

/**
 * A teacher in a real browser finds practices of the bank: suggestions as they type, another
 * word form of the title, highlighted words, facet counts that narrow the hits, the practice
 * page with its authors and score, «применяю» with feedback (a refused one keeps the text),
 * and «похожие практики»; the administrator rebuilds the index watching its progress. The practices are written and published through the API with a
 * made-up word, so that the shared database's other practices do not disturb the counts.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeSearchJourneyIT extends BrowserTest {

    private static final String PASSWORD = "practice-search-1";
    private static final String[] CRITERIA = {"RELEVANCE", "EFFECTIVENESS", "REPRODUCIBILITY", "NOVELTY",
        "METHODICAL_QUALITY"};

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aTeacherFindsAPracticeByAnotherWordFormNarrowsItAndAppliesIt() {
        String marker = "зеброид" + letters(System.nanoTime());
        ApiClient teacher = new ApiClient(base).as("teacher");
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String first = "Формирующее оценивание " + marker + "ского урока математики";
        String second = "Лист самооценки " + marker + "ского урока физики";
        long firstId = publish(teacher, methodologist, first, "OOO", "Формирующее оценивание помогает ученикам "
                + "видеть свой прогресс: листы самооценки, критерии успеха и обратная связь на каждом уроке.");
        publish(teacher, methodologist, second, "SOO", "Листы самооценки и критерии успеха помогают ученикам "
                + "видеть свой прогресс: обратная связь учителя на каждом уроке физики.");
        Eventually.get(Duration.ofSeconds(30), "both practices in the index", () -> Optional.of(
                teacher.get("api/v1/practices/search?q=" + marker + "ский").json())
                .filter(found -> found.getJsonNumber("total").longValue() == 2));

        String login = "prac.reader." + letters(System.nanoTime());
        TestAccounts.teacher(login, PASSWORD, TestAccounts.schoolOf("teacher"));
        LoginPage.open(browser, root(base)).signInAs(login, PASSWORD);
        PracticeSearchPageObject search = PracticeSearchPageObject.open(browser, root(base));

        List<String> suggested = search.type("Формирующее оценивание " + marker.substring(0, 6)).suggestions();
        assertTrue(suggested.contains(first), suggested.toString());

        // Genitive plural and other forms of the title's words.
        search.search(marker + "ских уроков математика оцениваний");
        assertEquals(first, search.titles().get(0), search.titles().toString());
        assertFalse(search.marked(first).isEmpty(), "the matched words are marked in the snippet");

        search.search(marker + "ский");
        assertEquals(2, search.total());
        assertEquals(1, search.facetCount("level", "ООО"));
        assertEquals(1, search.facetCount("level", "СОО"));
        search.toggleFacet("level", "СОО");
        assertTrue(search.facetSelected("level", "СОО"));
        assertEquals(List.of(second), search.titles());
        search.toggleFacet("level", "СОО");
        assertEquals(2, search.total());

        PracticePageObject page = search.openPractice(first);
        assertEquals("Опубликована", page.status());
        assertTrue(page.authors().contains(" "), page.authors());
        assertTrue(page.score().startsWith("4,6"), page.score());
        assertTrue(page.related().contains(second), page.related().toString());
        assertEquals(0, page.applications());

        page.apply("Мало");
        assertTrue(page.messages().contains("не короче"), page.messages());
        assertEquals("Мало", page.feedbackTyped(), "a refused feedback stays in the box");
        String feedback = "Провела три урока в 7 «Б»: ученики сами оценивали работы по критериям";
        page.apply(feedback);
        assertEquals(1, page.applications());
        assertTrue(page.feedbackTexts().contains(feedback), page.feedbackTexts().toString());
        assertFalse(page.mayApply(), "once per teacher");
        assertEquals(1, teacher.get("api/v1/practices/" + firstId).json().getInt("applications"));
    }

    @Test
    void theAdministratorRebuildsTheIndexWatchingItsProgress() {
        LoginPage.open(browser, root(base)).signInAs("admin", TestDatabase.DEMO_PASSWORD);
        SearchIndexAdminPage page = SearchIndexAdminPage.open(browser, root(base));
        page.rebuild().awaitRebuilt();
        assertEquals(page.databasePractices(), page.documents(), "every practice of the database is in the index");
        String[] count = page.progressCount().split("/");
        assertEquals(count[0].strip(), count[1].strip(), page.progressCount());
    }

    @Test
    void theIndexPageIsTheAdministratorsOnly() {
        LoginPage.open(browser, root(base)).signInAs("methodologist", TestDatabase.DEMO_PASSWORD);
        browser.get(root(base) + "/practices/index-admin.xhtml");
        Boolean forbidden = waitFor(d -> d.findElements(By.id("error-forbidden")).size() == 1);
        assertTrue(forbidden, "the 403 page");
        assertTrue(browser.findElements(By.id("index-form:rebuild")).isEmpty());
    }

    private static long publish(ApiClient author, ApiClient methodologist, String title, String level, String body) {
        Response created = author.post("api/v1/practices", Json.createObjectBuilder()
                .add("title", title)
                .add("summary", body)
                .add("body", "<p>" + body + "</p>")
                .add("problem", "Ученики не понимают, за что получают отметку")
                .add("evidence", "Доля выполненных домашних заданий выросла с 54 до 78 %")
                .add("subjects", Json.createArrayBuilder())
                .add("levels", Json.createArrayBuilder().add(level))
                .add("competencyCodes", Json.createArrayBuilder())
                .add("tags", Json.createArrayBuilder().add("лист самооценки"))
                .add("targetGroups", Json.createArrayBuilder())
                .build());
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, author.post("api/v1/practices/" + id + "/submit", Json.createObjectBuilder().build()).status());
        JsonArrayBuilder scores = Json.createArrayBuilder();
        int[] values = {5, 5, 4, 4, 5};
        for (int i = 0; i < CRITERIA.length; i++) {
            scores.add(Json.createObjectBuilder().add("criterion", CRITERIA[i]).add("score", values[i]));
        }
        JsonObject decision = Json.createObjectBuilder().add("scores", scores).build();
        Response published = methodologist.post("api/v1/practices/" + id + "/publish", decision);
        assertEquals(200, published.status(), published.body());
        return id;
    }

    /** A number spelled in Cyrillic letters, so that the analysers treat it as part of a Russian word. */
    private static String letters(long number) {
        String alphabet = "абвгдежзиклмнопр";
        StringBuilder word = new StringBuilder();
        for (long n = number; n > 0 && word.length() < 8; n /= alphabet.length()) {
            word.append(alphabet.charAt((int) (n % alphabet.length())));
        }
        return word.toString();
    }
}
