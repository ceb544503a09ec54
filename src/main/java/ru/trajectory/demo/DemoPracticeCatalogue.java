package ru.trajectory.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.trajectory.organizations.entity.Position;
import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.Practice;
import ru.trajectory.practices.entity.PracticeStatus;
import ru.trajectory.practices.entity.ReviewCriterion;
import ru.trajectory.practices.entity.TargetGroup;
import ru.trajectory.practices.service.AttachmentType;

/**
 * The texts of the demo practice bank, read from {@code demo-practices.txt} beside this class.
 *
 * <p>The texts are content, not code: a methodologist can proofread the Russian in one plain file
 * without wading through string concatenation. The file holds three kinds of blocks, each opened
 * by a {@code === kind [name]} line and made of {@code key: value} lines (a repeated key adds to a
 * list): {@code pool} blocks of shared phrases (reviewers' comments, openers and closers of
 * «применяю» feedback), {@code theme} blocks with the paragraphs and feedback sentences a theme's
 * practices share, and one {@code practice} block per practice with its own title, summary,
 * problem, description, steps, evidence, tags and attachments. Anything malformed fails the load
 * at once with the line number, so a typo never reaches a demo database half-noticed.
 */
final class DemoPracticeCatalogue {

    static final String RESOURCE = "demo-practices.txt";

    /** Where a practice's lead author should work; the school then colours the practice's context paragraph. */
    enum SchoolHint { ANY, LOW, HIGH, ADVERSE, RURAL, CITY }

    /**
     * Paragraphs and «применяю» sentences shared by the practices of one theme; {@code schoolWide}
     * themes are applied by a school rather than in one class, which the feedback's opener reflects.
     */
    record Theme(String key, boolean schoolWide, List<String> contexts, List<String> feedback, List<String> advice) {
    }

    /** A file attached to a practice: its type, name and the lines of text it shows (the first is its heading). */
    record FileSpec(AttachmentType type, String name, List<String> lines) {

        String text() {
            return String.join("\n", lines);
        }
    }

    /**
     * One practice of the catalogue, the same in every region; authors, school and dates are drawn
     * per region. {@code lead} names a demo account ("teacher", "mentor", "director") whose person
     * leads the practice in the demo region; {@code coauthor} likewise names an account to add.
     * {@code returnedBefore} marks a practice that was returned once before its current state.
     */
    record Spec(int index, String title, String theme, PracticeStatus status, String lead, String coauthor,
                List<Position> positions, SchoolHint school, List<String> subjects, List<EducationLevel> levels,
                List<String> competencies, List<String> tags, List<TargetGroup> groups, int coauthors,
                String summary, String problem, List<String> description, List<String> steps, String evidence,
                String tip, boolean returnedBefore, String reviewComment, Map<ReviewCriterion, String> criterionComments,
                List<FileSpec> files) {
    }

    private final Map<String, List<String>> pools;
    private final Map<String, Theme> themes;
    private final List<Spec> specs;

    private DemoPracticeCatalogue(Map<String, List<String>> pools, Map<String, Theme> themes, List<Spec> specs) {
        this.pools = pools;
        this.themes = themes;
        this.specs = specs;
    }

    /** Reads and checks the catalogue; the same file always gives the same catalogue. */
    static DemoPracticeCatalogue load() {
        try (InputStream in = DemoPracticeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The demo practice texts " + RESOURCE + " are missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Parser().parse(reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Spec> specs() {
        return specs;
    }

    Theme theme(String key) {
        Theme theme = themes.get(key);
        if (theme == null) {
            throw new IllegalStateException("Unknown theme " + key);
        }
        return theme;
    }

    Map<String, Theme> themes() {
        return themes;
    }

    /** A shared list of phrases, e.g. {@code publish-comment}; never empty. */
    List<String> pool(String name) {
        List<String> pool = pools.get(name);
        if (pool == null || pool.isEmpty()) {
            throw new IllegalStateException("The demo practice texts have no pool " + name);
        }
        return pool;
    }

    // ---------------------------------------------------------------- parsing

    /** A block as read: its kind, name, first line number and its keys in file order. */
    private record Block(String kind, String name, int line, Map<String, List<String>> values,
                         List<FileSpec> files) {

        String one(String key, String fallback) {
            List<String> list = values.get(key);
            if (list == null || list.isEmpty()) {
                if (fallback == null) {
                    throw new IllegalStateException(RESOURCE + ":" + line + ": " + kind + " lacks «" + key + "»");
                }
                return fallback;
            }
            if (list.size() > 1) {
                throw new IllegalStateException(RESOURCE + ":" + line + ": «" + key + "» given twice");
            }
            return list.get(0);
        }

        List<String> all(String key) {
            return values.getOrDefault(key, List.of());
        }

        /** Space-separated codes, e.g. {@code subjects: RUSSIAN LITERATURE}. */
        List<String> words(String key) {
            String value = one(key, "");
            return value.isBlank() ? List.of() : Arrays.asList(value.strip().split("\\s+"));
        }
    }

    private static final class Parser {
        private final Map<String, List<String>> pools = new LinkedHashMap<>();
        private final Map<String, Theme> themes = new LinkedHashMap<>();
        private final List<Spec> specs = new ArrayList<>();
        private Block block;

        DemoPracticeCatalogue parse(List<String> lines) {
            for (int i = 0; i < lines.size(); i++) {
                line(lines.get(i).strip(), i + 1);
            }
            finish();
            for (Spec spec : specs) {
                theme(spec);
            }
            return new DemoPracticeCatalogue(Map.copyOf(pools), themes, List.copyOf(specs));
        }

        private void theme(Spec spec) {
            if (!themes.containsKey(spec.theme())) {
                throw new IllegalStateException(RESOURCE + ": practice «" + spec.title() + "» has unknown theme "
                        + spec.theme());
            }
        }

        private void line(String text, int number) {
            if (text.isEmpty() || text.startsWith("#")) {
                return;
            }
            if (text.startsWith("===")) {
                finish();
                String[] head = text.substring(3).strip().split("\\s+", 2);
                block = new Block(head[0], head.length > 1 ? head[1] : "", number, new LinkedHashMap<>(),
                        new ArrayList<>());
                return;
            }
            int colon = text.indexOf(':');
            if (block == null || colon < 1) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": expected «key: value» in a block");
            }
            String key = text.substring(0, colon).strip();
            String value = text.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": «" + key + "» is empty");
            }
            if (key.equals("file")) {
                block.files().add(file(value, number));
            } else if (key.equals("line")) {
                if (block.files().isEmpty()) {
                    throw new IllegalStateException(RESOURCE + ":" + number + ": «line» before any «file»");
                }
                block.files().get(block.files().size() - 1).lines().add(value);
            } else {
                block.values().computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
        }

        private static FileSpec file(String value, int number) {
            String[] parts = value.split("\\|", 2);
            if (parts.length < 2) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": «file: TYPE | name»");
            }
            AttachmentType type = AttachmentType.valueOf(parts[0].strip());
            String name = parts[1].strip();
            if (!name.endsWith(type.extension())) {
                throw new IllegalStateException(RESOURCE + ":" + number + ": " + name + " should end with "
                        + type.extension());
            }
            return new FileSpec(type, name, new ArrayList<>());
        }

        private void finish() {
            if (block == null) {
                return;
            }
            switch (block.kind()) {
                case "pool" -> pools.put(block.name(), List.copyOf(block.all("item")));
                case "theme" -> themes.put(block.name(), theme(block));
                case "practice" -> specs.add(spec(block, specs.size()));
                default -> throw new IllegalStateException(RESOURCE + ":" + block.line() + ": unknown block "
                        + block.kind());
            }
            block = null;
        }

        private static Theme theme(Block b) {
            Theme theme = new Theme(b.name(), b.one("scope", "lesson").equals("school"),
                    List.copyOf(b.all("context")), List.copyOf(b.all("feedback")), List.copyOf(b.all("advice")));
            if (theme.contexts().isEmpty() || theme.feedback().isEmpty() || theme.advice().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ":" + b.line() + ": theme " + b.name()
                        + " needs a context, feedback and advice");
            }
            return theme;
        }

        private static Spec spec(Block b, int index) {
            String title = b.one("title", null);
            String summary = b.one("summary", null);
            if (title.length() > Practice.TITLE_MAX || summary.length() > Practice.SUMMARY_MAX) {
                throw new IllegalStateException(RESOURCE + ":" + b.line() + ": title or summary too long");
            }
            List<Position> positions = b.words("authors").stream().map(Position::valueOf).toList();
            List<String> tags = new ArrayList<>();
            for (String tag : b.one("tags", "").split(";")) {
                String t = tag.strip();
                if (!t.isEmpty()) {
                    if (!t.equals(t.toLowerCase(Locale.ROOT)) || t.length() > Practice.TAG_MAX) {
                        throw new IllegalStateException(RESOURCE + ":" + b.line() + ": tag «" + t
                                + "» must be lower case and at most " + Practice.TAG_MAX + " characters");
                    }
                    tags.add(t);
                }
            }
            Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                List<String> comment = b.all("comment " + criterion.name());
                if (!comment.isEmpty()) {
                    comments.put(criterion, comment.get(0));
                }
            }
            return new Spec(index, title, b.one("theme", null),
                    PracticeStatus.valueOf(b.one("status", PracticeStatus.PUBLISHED.name())),
                    b.one("lead", ""), b.one("coauthor", ""),
                    positions.isEmpty() ? List.of(Position.TEACHER) : positions,
                    SchoolHint.valueOf(b.one("school", SchoolHint.ANY.name())),
                    b.words("subjects"),
                    b.words("levels").stream().map(EducationLevel::valueOf).toList(),
                    b.words("competencies"), List.copyOf(tags),
                    b.words("groups").stream().map(TargetGroup::valueOf).toList(),
                    Integer.parseInt(b.one("coauthors", "0")),
                    summary, b.one("problem", null), List.copyOf(b.all("description")),
                    List.copyOf(b.all("step")), b.one("evidence", null), b.one("tip", ""),
                    Boolean.parseBoolean(b.one("returned-before", "false")), b.one("review", ""),
                    java.util.Collections.unmodifiableMap(comments), files(b));
        }

        private static List<FileSpec> files(Block b) {
            List<FileSpec> files = new ArrayList<>();
            for (FileSpec f : b.files()) {
                if (f.lines().isEmpty() && f.type() != AttachmentType.PNG) {
                    throw new IllegalStateException(RESOURCE + ":" + b.line() + ": " + f.name() + " has no lines");
                }
                files.add(new FileSpec(f.type(), f.name(), List.copyOf(f.lines())));
            }
            return List.copyOf(files);
        }
    }
}
