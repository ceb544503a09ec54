package ru.trajectory.pages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.time.Duration;

import javax.imageio.ImageIO;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

import ru.trajectory.testing.TestPractices;
import ru.trajectory.testing.ApiClient;
import ru.trajectory.testing.ApiClient.Response;
import ru.trajectory.testing.BrowserTest;
import ru.trajectory.testing.Deployments;
import ru.trajectory.testing.Eventually;
import ru.trajectory.testing.TestAccounts;
import ru.trajectory.testing.TestDatabase;
import ru.trajectory.testing.TestSql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A practice's way through the bank's pages in a real browser: the teacher writes it (a refused
 * first save keeps everything typed, rich text and ticked levels included), attaches a picture
 * and has a fake PDF refused, submits it; the methodologist finds it in the queue, has a
 * publication without every score refused, returns it with comments; the teacher reads them
 * above the form, has a save over a co-author's newer edit refused, revises and resubmits; the
 * methodologist publishes it, and «Мои практики» shows it published. Each side is refused the
 * other's page; the published practice is found by other forms of its words. A teacher also
 * gets suggestions as they type, narrows hits by facets, reads a practice with its score and
 * «похожие практики» and marks «применяю» (a refused feedback keeps its text); the
 * administrator rebuilds the index watching its progress. Titles carry unique words, so rows of
 * other tests never match.
 */
@ExtendWith(ArquillianExtension.class)
class PracticeBankJourneyIT extends BrowserTest {

    private static final String PASSWORD = TestDatabase.DEMO_PASSWORD;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.portal();
    }

    @ArquillianResource
    URL base;

    @Test
    void aPracticeIsWrittenReturnedRevisedAndPublishedOnThePages() throws IOException {
        String tag = "pa" + System.nanoTime();
        String title = "Смысловое чтение на уроках биологии " + tag;
        String summary = "Приёмы смыслового чтения помогают шестиклассникам понимать научные тексты";
        String script = "<script>alert('x')</script>";

        LoginPage.open(browser, root(base)).signInAs("teacher", PASSWORD);
        PracticeEditorPage editor = MyPracticesPage.open(browser, root(base)).describeNew();
        assertTrue(editor.pageText().contains("после первого сохранения"), "materials come after the first save");
        editor = editor.summary(summary)
                .bodyText("Учащиеся читают текст и ").bodyBold("выделяют главное").bodyText(" " + script)
                .problem("Дети не понимают условие задачи и текст учебника")
                .evidence("Доля выполнивших задания на понимание текста выросла с 40 до 65 %")
                .subject("BIOLOGY").competency("MET-02").level("OOO").level("SOO").targetGroup("UNMOTIVATED")
                .tag("смысловое чтение")
                .save();
        assertTrue(editor.fieldMessage("practice-form:title").contains("Укажите название практики"),
                editor.fieldMessages() + " | " + editor.globalMessages());
        assertEquals(summary, editor.value("practice-form:summary"), "the summary stays");
        assertTrue(editor.bodyHtml().contains("<strong>выделяют главное</strong>"), editor.bodyHtml());
        assertTrue(editor.bodyText().contains(script), "text that looks like a tag stays text: " + editor.bodyText());
        assertTrue(editor.levelChosen("OOO") && editor.levelChosen("SOO") && !editor.levelChosen("NOO"),
                "the ticked levels stay ticked");
        assertTrue(editor.targetGroupChosen("UNMOTIVATED"));
        assertEquals(List.of("BIOLOGY"), editor.chosenSubjects());
        assertEquals(List.of("MET-02"), editor.chosenCompetencies());
        assertEquals(List.of("смысловое чтение"), editor.tags());
        assertTrue(editor.value("practice-form:evidence").contains("с 40 до 65"));
        assertFalse(editor.materialsOffered(), "nothing to attach to before the first save");

        editor = editor.title(title).save();
        assertEquals(title, editor.heading(), editor.globalMessages() + " | " + editor.fieldMessages());
        assertTrue(editor.globalMessages().contains("Черновик создан"), editor.globalMessages());
        assertEquals("Черновик", editor.status());
        long id = editor.practiceId();

        editor = editor.upload(png());
        assertEquals(List.of("схема урока.png"), editor.materials(),
                editor.globalMessages() + " | " + editor.fieldMessages());
        assertTrue(editor.fieldMessage("attachments-form:file").contains("Файл загружен: схема урока.png"),
                editor.fieldMessages());
        editor = editor.upload(textPretendingToBePdf());
        assertTrue(editor.fieldMessage("attachments-form:file").contains("Принимаются PDF, DOCX, PPTX, PNG и JPEG"),
                editor.fieldMessages());
        assertEquals(List.of("схема урока.png"), editor.materials(), "the fake PDF is not stored");
        editor = editor.upload(pdf());
        assertEquals(List.of("схема урока.png", "конспект.pdf"), editor.materials(), editor.fieldMessages());
        editor = editor.removeMaterial("конспект.pdf");
        assertEquals(List.of("схема урока.png"), editor.materials(), editor.fieldMessages());
        assertTrue(editor.fieldMessage("attachments-form:file").contains("Файл удалён"), editor.fieldMessages());

        MyPracticesPage mine = editor.submitForReview();
        assertTrue(mine.messages().contains("отправлена на экспертизу"), mine.messages());
        assertEquals("На экспертизе", mine.statusOf(title));
        assertFalse(mine.editable(title), "a practice on review is not edited");
        mine.signOut();

        LoginPage.open(browser, root(base)).signInAs("methodologist", PASSWORD);
        browser.get(url(base, "/practices/edit.xhtml?id=" + id));
        assertTrue(forbidden(), "only authors open the form: " + browser.getTitle());
        ReviewQueuePage queue = ReviewQueuePage.open(browser, root(base));
        String teacherName = TestSql.text("SELECT p.last_name FROM person p JOIN account a ON a.person_id = p.id "
                + "WHERE a.login = 'teacher'");
        assertTrue(queue.rows().stream().anyMatch(r -> r.contains(title) && r.contains(teacherName)),
                "the row names the author: " + queue.rows());
        PracticeReviewPage review = queue.review(title);
        assertEquals("выделяют главное", review.body().findElement(By.tagName("strong")).getText());
        assertTrue(review.body().getText().contains(script), "shown as text: " + review.body().getText());
        assertTrue(review.body().findElements(By.tagName("script")).isEmpty(), review.bodyHtml());
        assertTrue(review.pageText().contains("схема урока.png"));

        review = review.score("RELEVANCE", 5).score("EFFECTIVENESS", 3).score("REPRODUCIBILITY", 4)
                .score("METHODICAL_QUALITY", 4)
                .comment("EFFECTIVENESS", "Добавьте данные входной и итоговой диагностики")
                .overallComment("Хорошая практика, не хватает подтверждения результатов")
                .publishRefused();
        assertTrue(review.scoresMessage().contains("Оцените критерий «новизна»"), review.scoresMessage());
        assertTrue(review.marked("NOVELTY") && !review.marked("RELEVANCE"), "the unscored criterion is marked");
        assertEquals("Добавьте данные входной и итоговой диагностики", review.commentOf("EFFECTIVENESS"));
        assertEquals("Хорошая практика, не хватает подтверждения результатов", review.overallComment());
        assertEquals("3", review.scoreOf("EFFECTIVENESS"), "the chosen scores stay");
        assertEquals("", review.scoreOf("NOVELTY"));

        queue = review.returnForChanges();
        assertTrue(queue.messages().contains("Возвращена на доработку"), queue.messages());
        assertFalse(queue.titles().contains(title), "a returned practice leaves the queue");
        queue.signOut();

        LoginPage.open(browser, root(base)).signInAs("teacher", PASSWORD);
        browser.get(url(base, "/practices/review.xhtml?id=" + id));
        assertTrue(forbidden(), "authors do not review: " + browser.getTitle());
        mine = MyPracticesPage.open(browser, root(base));
        assertEquals("Возвращена на доработку", mine.statusOf(title));
        editor = mine.edit(title);
        assertTrue(editor.reviewNotes().contains("Хорошая практика, не хватает подтверждения результатов"),
                editor.reviewNotes());
        assertTrue(editor.reviewNotes().contains("Добавьте данные входной и итоговой диагностики"), editor.reviewNotes());
        assertTrue(editor.bodyHtml().contains("<strong>выделяют главное</strong>"), "stored bold: " + editor.bodyHtml());
        // A co-author changes the practice meanwhile (through the API): this page's version is stale now.
        ApiClient api = new ApiClient(base).as("teacher");
        JsonObject stored = api.get("api/v1/practices/" + id).json();
        ApiClient.Response coAuthorEdit = api.put("api/v1/practices/" + id, Json.createObjectBuilder(stored)
                .add("problem", "Дети не понимают условие задачи и текст учебника биологии").build());
        assertEquals(200, coAuthorEdit.status(), coAuthorEdit.body());
        String evidence = "Входная диагностика: 40 %, итоговая: 65 % (два класса, 52 ученика)";
        editor = editor.evidence(evidence).save();
        assertTrue(editor.globalMessages().contains("Практику уже изменил другой автор; обновите страницу"),
                editor.globalMessages());
        assertEquals(evidence, editor.value("practice-form:evidence"), "the refused edit stays on the page");

        editor = PracticeEditorPage.open(browser, root(base), id);
        assertTrue(editor.value("practice-form:problem").endsWith("учебника биологии"), "the co-author's edit is kept");
        editor = editor.evidence(evidence).bodyText(" Результаты диагностик — во вложении.");
        mine = editor.submitForReview();
        assertEquals("На экспертизе", mine.statusOf(title));
        mine.signOut();

        LoginPage.open(browser, root(base)).signInAs("methodologist", PASSWORD);
        review = ReviewQueuePage.open(browser, root(base)).review(title);
        assertTrue(review.pageText().contains("итоговая: 65 %"), "the revision is what the expert reads");
        for (String criterion : TestPractices.CRITERIA) {
            review = review.score(criterion, 5);
        }
        queue = review.publish();
        assertTrue(queue.messages().contains("Опубликована практика"), queue.messages());
        queue.signOut();

        LoginPage.open(browser, root(base)).signInAs("teacher", PASSWORD);
        mine = MyPracticesPage.open(browser, root(base));
        assertEquals("Опубликована", mine.statusOf(title));
        assertFalse(mine.editable(title), "a published practice is not edited");

        // Found by other forms of its words: the body says «Учащиеся читают», the query does not.
        PracticeSearchPageObject search = PracticeSearchPageObject.open(browser, root(base));
        search.search(tag + " учащимися читающими");
        assertEquals(title, search.titles().get(0), search.titles().toString());
        assertTrue(search.marked(title).containsAll(List.of("Учащиеся", "читают")), search.marked(title).toString());
    }

    @Test
    void aTeacherFindsAPracticeByAnotherWordFormNarrowsItAndAppliesIt() {
        String marker = "зеброид" + letters(System.nanoTime());
        ApiClient teacher = new ApiClient(base).as("teacher");
        ApiClient methodologist = new ApiClient(base).as("methodologist");
        String first = "Формирующее оценивание " + marker + "ского урока математики";
        String second = "Лист самооценки " + marker + "ского урока физики";
        String firstId = publish(teacher, methodologist, first, "OOO", "Формирующее оценивание помогает ученикам "
                + "видеть свой прогресс: листы самооценки, критерии успеха и обратная связь на каждом уроке.");
        publish(teacher, methodologist, second, "SOO", "Листы самооценки и критерии успеха помогают ученикам "
                + "видеть свой прогресс: обратная связь учителя на каждом уроке физики.");
        Eventually.get(Duration.ofSeconds(60), "both practices in the index", () -> {
            Response found = teacher.get("api/v1/practices/search?q=" + marker + "ский");
            return found.status() == 200 && found.json().getJsonNumber("total").longValue() == 2
                    ? Optional.of(found) : Optional.empty();
        });

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

    /** Whether the browser shows (or is about to show) the portal's 403 page. */
    private boolean forbidden() {
        try {
            return waitFor(d -> !d.findElements(By.id("error-forbidden")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** A real two-pixel PNG written by the JDK, under a Russian name with a space. */
    private static Path png() throws IOException {
        Path file = Files.createTempDirectory("practice-upload").resolve("схема урока.png");
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0x1F5FA8);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** The smallest file that starts like a PDF, which is what the service checks. */
    private static Path pdf() throws IOException {
        Path file = Files.createTempDirectory("practice-upload").resolve("конспект.pdf");
        Files.writeString(file, "%PDF-1.4\n%%EOF\n", StandardCharsets.US_ASCII);
        return file;
    }

    /** Plain text under a «.pdf» name: the service looks at the content, not the name. */
    private static Path textPretendingToBePdf() throws IOException {
        Path file = Files.createTempDirectory("practice-upload").resolve("план урока.pdf");
        Files.writeString(file, "Это не PDF, а обычный текст с планом урока", StandardCharsets.UTF_8);
        return file;
    }

    private static String publish(ApiClient author, ApiClient methodologist, String title, String level, String body) {
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
        String id = created.json().getString("id");
        assertEquals(200, author.post("api/v1/practices/" + id + "/submit", Json.createObjectBuilder().build()).status());
        JsonObject decision = TestPractices.scores(5, 5, 4, 4, 5);
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
