package ru.trajectory.demo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ru.trajectory.demo.DemoPracticeCatalogue.Spec;
import ru.trajectory.practices.entity.PracticeStatus;
import ru.trajectory.practices.entity.ReviewCriterion;
import ru.trajectory.practices.search.FacetDimension;
import ru.trajectory.practices.search.PracticeDocument;
import ru.trajectory.practices.search.PracticeIndex;
import ru.trajectory.practices.search.SearchRequest;
import ru.trajectory.practices.search.SearchResult;
import ru.trajectory.practices.service.AttachmentType;
import ru.trajectory.practices.service.PracticeHtml;
import ru.trajectory.testing.TestDatabase;

/**
 * The demo practice bank as the test database holds it after the DEMO load: enough practices in
 * every review state, reviewed the way the review service reviews, with real attachment files
 * whose text is searchable, «применяю» marks that the service would have accepted, distinct
 * Russian texts, and the scripted story of the demo accounts.
 */
class DemoPracticesTest {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=\\s|$)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-–][\\p{L}\\p{N}]+)*");

    private static DataSource db;
    private static DemoPracticeCatalogue catalogue;
    private static DemoPractices.Plan plan;
    /** The demo rows have ids 1..n (the load runs first on a fresh database); other tests may add more. */
    private static String demo;
    private static long region;

    @BeforeAll
    static void load() throws SQLException {
        db = TestDatabase.dataSource();
        catalogue = DemoPracticeCatalogue.load();
        plan = DemoPractices.plan(DemoRegionModel.plan(DemoScale.DEMO));
        demo = " p.id <= " + plan.practices().size() + " ";
        region = count("SELECT p.region_id FROM account a JOIN person p ON p.id = a.person_id "
                + "WHERE a.login = 'methodologist'");
    }

    // ---------------------------------------------------------------- the catalogue and the plan

    @Test
    void theCatalogueCoversTheThemesWithWellFormedTexts() throws SQLException {
        List<Spec> specs = catalogue.specs();
        assertTrue(specs.size() >= 60, "practices in the catalogue: " + specs.size());
        assertEquals(EnumSet.allOf(PracticeStatus.class),
                specs.stream().map(Spec::status).collect(() -> EnumSet.noneOf(PracticeStatus.class), Set::add,
                        Set::addAll));
        assertTrue(catalogue.themes().size() >= 18, "themes: " + catalogue.themes().keySet());
        Set<String> subjects = strings("SELECT code FROM subject");
        Set<String> competencies = strings("SELECT code FROM competency");
        Set<String> titles = new HashSet<>();
        for (Spec s : specs) {
            assertTrue(titles.add(s.title()), "title twice: " + s.title());
            int sentences = sentences(s.summary());
            assertTrue(sentences >= 2 && sentences <= 3, sentences + " sentences in the summary of " + s.title());
            assertTrue(subjects.containsAll(s.subjects()), "subjects of " + s.title() + ": " + s.subjects());
            assertFalse(s.competencies().isEmpty(), "competencies of " + s.title());
            assertTrue(competencies.containsAll(s.competencies()), "competencies of " + s.title());
            assertFalse(s.levels().isEmpty(), "levels of " + s.title());
            assertFalse(s.tags().isEmpty(), "tags of " + s.title());
            assertTrue(s.steps().size() >= 3, "steps of " + s.title());
            if (s.status() == PracticeStatus.PUBLISHED || s.status() == PracticeStatus.ARCHIVED) {
                assertTrue(Pattern.compile("\\d").matcher(s.evidence()).find(), "numbers in the evidence of "
                        + s.title());
            }
            if (s.status() == PracticeStatus.RETURNED) {
                assertFalse(s.reviewComment().isEmpty(), "the overall comment of " + s.title());
                assertTrue(s.criterionComments().size() >= 2, "criterion comments of " + s.title());
            }
        }
    }

    @Test
    void thePlanIsTheSameEveryTime() {
        DemoPractices.Plan again = DemoPractices.plan(DemoRegionModel.plan(DemoScale.DEMO));
        assertEquals(plan, again);
    }

    @Test
    void attachmentFilesAreRecognisedByTheirContent() throws IOException {
        for (var spec : catalogue.specs()) {
            for (var file : spec.files()) {
                byte[] bytes = DemoPracticeFiles.render(file);
                assertEquals(file.type(), AttachmentType.detect(bytes).orElseThrow(), file.name());
                assertArrayEquals(bytes, DemoPracticeFiles.render(file), "the same bytes every time: " + file.name());
                if (file.type() == AttachmentType.PNG) {
                    assertEquals(640, ImageIO.read(new ByteArrayInputStream(bytes)).getWidth(), "a readable image");
                }
            }
        }
    }

    // ---------------------------------------------------------------- the database

    @Test
    void theRegionHoldsAFullBankOfDistinctRussianPractices() throws SQLException {
        long practices = count("SELECT COUNT(*) FROM practice p WHERE" + demo + "AND p.region_id = " + region);
        assertTrue(practices >= 60, "practices in the region: " + practices);
        assertEquals(plan.practices().size(), count("SELECT COUNT(*) FROM practice p WHERE" + demo));
        assertEquals(Set.of("DRAFT", "ON_REVIEW", "PUBLISHED", "RETURNED", "ARCHIVED"),
                strings("SELECT DISTINCT status FROM practice p WHERE" + demo));
        assertEquals(practices, count("SELECT COUNT(DISTINCT body) FROM practice p WHERE" + demo), "distinct bodies");
        assertEquals(practices, count("SELECT COUNT(DISTINCT title) FROM practice p WHERE" + demo), "distinct titles");
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT title, summary, body, problem, evidence FROM practice p WHERE"
                     + demo)) {
            while (rs.next()) {
                String title = rs.getString(1);
                String body = rs.getString(3);
                assertEquals(PracticeHtml.sanitize(body), body, "the body is already safe HTML: " + title);
                String text = PracticeHtml.plain(body);
                int words = words(text);
                assertTrue(words >= 150 && words <= 400, words + " words in the body of " + title);
                assertRussian(text, title);
                for (int i : new int[] {1, 2, 4, 5}) {
                    assertRussian(rs.getString(i), title);
                }
            }
        }
    }

    @Test
    void everyPracticeHasOneLeadFromItsSchoolAndAuthorsOfItsRegion() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM practice p WHERE" + demo
                + "AND (SELECT COUNT(*) FROM practice_author a WHERE a.practice_id = p.id AND a.is_lead) <> 1"));
        assertEquals(0, count("SELECT COUNT(*) FROM practice p JOIN practice_author a ON a.practice_id = p.id "
                + "AND a.is_lead JOIN person x ON x.id = a.person_id WHERE" + demo + "AND x.school_id <> p.school_id"));
        assertEquals(0, count("SELECT COUNT(*) FROM practice p JOIN practice_author a ON a.practice_id = p.id "
                + "JOIN person x ON x.id = a.person_id WHERE" + demo + "AND x.region_id <> p.region_id"));
        assertTrue(count("SELECT COUNT(*) FROM practice p WHERE" + demo
                + "AND (SELECT COUNT(*) FROM practice_author a WHERE a.practice_id = p.id) > 1") >= 20, "co-authors");
        assertTrue(count("SELECT COUNT(DISTINCT s.municipality_id) FROM practice p JOIN school s ON s.id = p.school_id "
                + "WHERE" + demo) >= 5, "practices from several municipalities");
        assertEquals(0, count("SELECT COUNT(*) FROM practice p WHERE" + demo + "AND NOT EXISTS "
                + "(SELECT 1 FROM practice_competency c WHERE c.practice_id = p.id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM practice p WHERE" + demo + "AND NOT EXISTS "
                + "(SELECT 1 FROM practice_level l WHERE l.practice_id = p.id)"));
        assertTrue(count("SELECT COUNT(DISTINCT g.target_group) FROM practice_target_group g JOIN practice p "
                + "ON p.id = g.practice_id WHERE" + demo) == 6, "every target group is used");
    }

    @Test
    void publishedPracticesWereScoredOnEveryCriterionByAMethodologistOfTheRegion() throws SQLException {
        String published = "FROM practice p WHERE" + demo + "AND p.status IN ('PUBLISHED', 'ARCHIVED') ";
        assertEquals(0, count("SELECT COUNT(*) " + published + "AND (p.published_at IS NULL OR p.review_score IS NULL)"));
        String latest = "(SELECT r.id FROM practice_review r WHERE r.practice_id = p.id "
                + "ORDER BY r.created_at DESC, r.id DESC LIMIT 1)";
        assertEquals(0, count("SELECT COUNT(*) " + published + "AND (SELECT r.decision FROM practice_review r WHERE "
                + "r.id = " + latest + ") <> 'PUBLISHED'"), "the latest review published the practice");
        assertEquals(0, count("SELECT COUNT(*) " + published + "AND (SELECT COUNT(*) FROM practice_review_score s "
                + "WHERE s.review_id = " + latest + ") <> " + ReviewCriterion.values().length), "all criteria scored");
        assertEquals(0, count("SELECT COUNT(*) FROM practice p WHERE" + demo + "AND p.review_score IS NOT NULL "
                + "AND p.review_score <> (SELECT ROUND(AVG(s.score), 2) FROM practice_review_score s "
                + "WHERE s.review_id = " + latest + ")"), "review_score is the mean of the latest review");
        assertEquals(0, count("SELECT COUNT(*) FROM practice_review r JOIN practice p ON p.id = r.practice_id "
                + "JOIN person x ON x.id = r.reviewer_id WHERE" + demo
                + "AND (x.position <> 'METHODOLOGIST' OR x.region_id <> p.region_id)"));
        assertEquals(0, count("SELECT COUNT(*) FROM practice_review r JOIN practice p ON p.id = r.practice_id "
                + "JOIN practice_author a ON a.practice_id = p.id AND a.person_id = r.reviewer_id WHERE" + demo));
        assertEquals(0, count("SELECT COUNT(*) FROM practice p WHERE" + demo
                + "AND p.status IN ('DRAFT', 'ON_REVIEW', 'RETURNED') AND p.published_at IS NOT NULL"));
        assertTrue(count("SELECT COUNT(*) FROM practice p WHERE" + demo + "AND p.status = 'PUBLISHED' AND "
                + "(SELECT COUNT(*) FROM practice_review r WHERE r.practice_id = p.id) = 2") > 0,
                "some practices were published after a return");
        Set<Integer> years = new TreeSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.published_at " + published)) {
            while (rs.next()) {
                years.add(rs.getTimestamp(1).toInstant().atZone(MOSCOW).getYear());
            }
        }
        assertTrue(years.size() >= 3, "publication years " + years);
        Object last = single("SELECT MAX(GREATEST(p.updated_at, COALESCE(p.published_at, p.created_at))) FROM practice p "
                + "WHERE" + demo);
        assertFalse(((java.sql.Timestamp) last).toInstant().isAfter(DemoPractices.TODAY.atTime(7, 0)
                .toInstant(java.time.ZoneOffset.UTC)), "nothing after the demo's today: " + last);
    }

    @Test
    void returnedPracticesTellTheAuthorsWhatToChange() throws SQLException {
        long returned = count("SELECT COUNT(*) FROM practice p WHERE" + demo + "AND p.status = 'RETURNED'");
        assertTrue(returned >= 2);
        assertEquals(returned, count("SELECT COUNT(*) FROM practice p JOIN practice_review r ON r.practice_id = p.id "
                + "WHERE" + demo + "AND p.status = 'RETURNED' AND r.decision = 'RETURNED' AND r.comment IS NOT NULL "
                + "AND (SELECT COUNT(*) FROM practice_review_score s WHERE s.review_id = r.id "
                + "AND s.comment IS NOT NULL) >= 2"));
        assertEquals(0, count("SELECT COUNT(*) FROM practice p WHERE" + demo
                + "AND p.status = 'DRAFT' AND EXISTS (SELECT 1 FROM practice_review r WHERE r.practice_id = p.id)"));
    }

    @Test
    void theDemoAccountsHaveTheirScriptedPractices() throws SQLException {
        String teacherPractices = "FROM practice p JOIN practice_author a ON a.practice_id = p.id "
                + "JOIN account u ON u.person_id = a.person_id AND u.login = 'teacher' WHERE" + demo;
        assertTrue(count("SELECT COUNT(*) " + teacherPractices + "AND p.status = 'DRAFT' AND a.is_lead") >= 1);
        assertTrue(count("SELECT COUNT(*) " + teacherPractices + "AND p.status = 'PUBLISHED' AND a.is_lead") >= 1);
        assertTrue(count("SELECT COUNT(*) FROM practice p WHERE p.status = 'ON_REVIEW' AND p.region_id = " + region)
                >= 2, "the methodologist's review queue");
        assertTrue(count("SELECT COUNT(*) FROM practice_review r JOIN account u ON u.person_id = r.reviewer_id "
                + "AND u.login = 'methodologist'") >= 5, "the methodologist has reviewed practices");
        assertEquals(0, count("SELECT COUNT(*) FROM practice_application x JOIN account u ON u.person_id = x.person_id "
                + "WHERE u.login IN ('teacher', 'mentor', 'methodologist', 'director', 'municipal', 'regional', 'admin')"),
                "demo accounts can still mark any practice");
    }

    @Test
    void applicationsAreWhatTheServiceWouldHaveAccepted() throws SQLException {
        String marks = "FROM practice_application x JOIN practice p ON p.id = x.practice_id WHERE" + demo;
        assertEquals(0, count("SELECT COUNT(*) " + marks + "AND p.status NOT IN ('PUBLISHED', 'ARCHIVED')"));
        assertEquals(0, count("SELECT COUNT(*) " + marks + "AND (x.created_at <= p.published_at "
                + "OR (p.status = 'ARCHIVED' AND x.created_at >= p.updated_at))"), "marked while published");
        assertEquals(0, count("SELECT COUNT(*) " + marks + "AND EXISTS (SELECT 1 FROM practice_author a "
                + "WHERE a.practice_id = p.id AND a.person_id = x.person_id)"), "authors do not mark their own");
        assertEquals(0, count("SELECT COUNT(*) " + marks + "AND CHAR_LENGTH(x.feedback) < 10"));
        assertEquals(0, count("SELECT COUNT(*) " + marks + "AND (x.feedback LIKE '%{%' OR x.feedback LIKE '%[%')"),
                "no placeholders left");
        assertEquals(0, count("SELECT COUNT(*) " + marks + "AND x.person_id IN "
                + "(SELECT id FROM person WHERE region_id <> p.region_id)"));
        Map<Long, Long> perPractice = new HashMap<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.id, (SELECT COUNT(*) FROM practice_application x "
                     + "WHERE x.practice_id = p.id) FROM practice p WHERE" + demo + "AND p.status = 'PUBLISHED'")) {
            while (rs.next()) {
                perPractice.put(rs.getLong(1), rs.getLong(2));
            }
        }
        long marked = perPractice.values().stream().filter(n -> n > 0).count();
        assertTrue(marked * 2 >= perPractice.size(), marked + " of " + perPractice.size() + " published are applied");
        assertTrue(new HashSet<>(perPractice.values()).size() >= 5, "varied counts " + perPractice.values());
    }

    @Test
    void attachmentsAreRealFilesWithSearchableText() throws SQLException, IOException {
        assertTrue(count("SELECT COUNT(DISTINCT x.practice_id) FROM practice_attachment x JOIN practice p "
                + "ON p.id = x.practice_id WHERE" + demo) >= 8, "practices with attachments");
        Path directory = DemoPracticeFiles.directory();
        List<String[]> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT x.storage_key, x.content_type, x.size_bytes, x.extracted_text, "
                     + "x.file_name FROM practice_attachment x JOIN practice p ON p.id = x.practice_id WHERE" + demo)) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5)});
            }
        }
        Set<String> types = new HashSet<>();
        for (String[] row : rows) {
            Path file = directory.resolve(row[0]);
            assertTrue(Files.isRegularFile(file), "stored where PracticeAttachments looks: " + file);
            byte[] bytes = Files.readAllBytes(file);
            assertEquals(Long.parseLong(row[2]), bytes.length, row[4]);
            AttachmentType type = AttachmentType.detect(bytes).orElseThrow();
            assertEquals(type.contentType(), row[1], row[4]);
            assertTrue(row[4].endsWith(type.extension()), row[4]);
            types.add(type.name());
            if (type == AttachmentType.PNG) {
                assertNull(row[3], "images have no text, as AttachmentText stores them");
                continue;
            }
            assertNotNull(row[3], row[4]);
            assertRussian(row[3], row[4]);
            String inFile = normalise(type == AttachmentType.PDF ? pdfText(bytes) : docxText(bytes));
            for (String line : row[3].split("\n")) {
                assertTrue(inFile.contains(normalise(line)), row[4] + " shows «" + line + "»");
            }
        }
        assertEquals(Set.of("PDF", "DOCX", "PNG"), types);
    }

    @Test
    void publishedPracticesAreFoundByTheirTextsAndAttachments(@TempDir Path directory)
            throws SQLException, IOException {
        try (PracticeIndex index = new PracticeIndex(directory.resolve("data"), Path.of("search-index"))) {
            for (PracticeDocument document : documents()) {
                index.index(document);
            }
            // «безмен» is only in the PDF of the kitchen laboratory, «ступенька» only in the self-assessment sheet.
            assertEquals(List.of(id("Естественнонаучная грамотность: «лаборатория на кухне» в 7 классе")),
                    index.search(SearchRequest.of("безмена")).ids());
            assertTrue(index.search(SearchRequest.of("ступеньки")).ids()
                    .contains(id("Лист самооценки и «светофор» в начальной школе")));
            assertTrue(index.search(SearchRequest.of("читательская грамотность")).total() >= 4);
            SearchResult all = index.search(SearchRequest.of(""));
            assertEquals(count("SELECT COUNT(*) FROM practice p WHERE" + demo + "AND p.status = 'PUBLISHED'"),
                    all.total(), "every published practice is searchable");
            assertTrue(all.facets().get(FacetDimension.YEAR.key()).size() >= 3, "years " + all.facets());
            assertTrue(all.facets().get(FacetDimension.MUNICIPALITY.key()).size() >= 5, "municipalities");
        }
    }

    /** The practices as {@code PracticeDocuments} hands them to the index. */
    private static List<PracticeDocument> documents() throws SQLException {
        List<PracticeDocument> documents = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT p.id, p.title, p.summary, p.body, p.problem, p.evidence, p.status, "
                     + "COALESCE(p.published_at, p.created_at), m.name, (SELECT GROUP_CONCAT(x.extracted_text "
                     + "SEPARATOR '\n') FROM practice_attachment x WHERE x.practice_id = p.id) FROM practice p "
                     + "JOIN school sc ON sc.id = p.school_id JOIN municipality m ON m.id = sc.municipality_id WHERE"
                     + demo)) {
            while (rs.next()) {
                long id = rs.getLong(1);
                String text = String.join("\n", rs.getString(5), PracticeHtml.plain(rs.getString(4)), rs.getString(6));
                int year = rs.getTimestamp(8).toInstant().atZone(MOSCOW).getYear();
                documents.add(new PracticeDocument(id, rs.getString(2), rs.getString(3), text, rs.getString(10),
                        strings("SELECT subject_code FROM practice_subject WHERE practice_id = " + id),
                        strings("SELECT level FROM practice_level WHERE practice_id = " + id),
                        strings("SELECT competency_code FROM practice_competency WHERE practice_id = " + id),
                        strings("SELECT tag FROM practice_tag WHERE practice_id = " + id),
                        strings("SELECT target_group FROM practice_target_group WHERE practice_id = " + id),
                        rs.getString(9), year, rs.getString(7), Set.of()));
            }
        }
        return documents;
    }

    private static long id(String title) throws SQLException {
        return count("SELECT MIN(p.id) FROM practice p WHERE" + demo + "AND p.title = '" + title.replace("'", "''")
                + "'");
    }

    @Test
    void everyPracticeIsQueuedForTheSearchIndex() throws SQLException {
        assertEquals(0, count("SELECT COUNT(*) FROM practice p WHERE" + demo
                + "AND NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.practice_id = p.id)"));
    }

    // ---------------------------------------------------------------- helpers

    private static int sentences(String text) {
        return (int) SENTENCE_END.matcher(text.strip()).results().count();
    }

    private static int words(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** Russian prose: nearly all letters Cyrillic (a Latin code like ОГЭ or PISA now and then is fine). */
    private static void assertRussian(String text, String what) {
        if (text == null) {
            return;
        }
        long letters = text.codePoints().filter(Character::isLetter).count();
        long cyrillic = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC)
                .count();
        assertTrue(letters > 0 && cyrillic >= letters * 0.95, "Russian text in " + what + ": " + text);
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static String docxText(byte[] bytes) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ");
                }
            }
        }
        return "";
    }

    /** Whitespace differs between a wrapped PDF line and the stored text; words do not. */
    private static String normalise(String text) {
        return text.replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    private static Set<String> strings(String sql) throws SQLException {
        Set<String> values = new TreeSet<>();
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    private static Object single(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }
}
