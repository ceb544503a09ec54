package ru.trajectory.demo;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.trajectory.demo.DemoPracticeCatalogue.FileSpec;
import ru.trajectory.demo.DemoPracticeCatalogue.SchoolHint;
import ru.trajectory.demo.DemoPracticeCatalogue.Spec;
import ru.trajectory.demo.DemoPracticeCatalogue.Theme;
import ru.trajectory.demo.DemoRegionGenerator.Batch;
import ru.trajectory.demo.DemoRegionModel.PlannedAccount;
import ru.trajectory.demo.DemoRegionModel.Person;
import ru.trajectory.demo.DemoRegionModel.Region;
import ru.trajectory.demo.DemoRegionModel.School;
import ru.trajectory.organizations.entity.Position;
import ru.trajectory.organizations.entity.Settlement;
import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.PracticeStatus;
import ru.trajectory.practices.entity.ReviewCriterion;
import ru.trajectory.practices.entity.ReviewDecision;
import ru.trajectory.practices.service.AttachmentType;
import ru.trajectory.practices.service.PracticeHtml;

/**
 * The bank of effective practices of the demo data: per region the seventy-odd practices of
 * {@link DemoPracticeCatalogue} on the region's themes (functional literacy,
 * formative assessment, children with disabilities, migrant children, unmotivated and gifted
 * pupils, the digital environment, upbringing, mentoring, projects, the updated ФГОС, exam
 * preparation, ШНОР school teams, work with parents), written up by teachers, psychologists and
 * leaders of the region's schools, in every state of the review workflow.
 *
 * <p>Per region:
 * <ul>
 * <li>authors: a lead who fits the practice (position, subject, kind of school) and sometimes
 * co-authors from the same school; the practice's school is the lead's school;</li>
 * <li>reviews by the region's methodologists: published (and archived) practices have a
 * publishing review with all five criteria scored and {@code review_score} their mean as
 * {@code Practice.publish} computes it, some after an earlier return; returned practices have a
 * return with per-criterion comments and an overall comment; published dates spread over the two
 * years before the demo's "today", so the search's year facet has several values;</li>
 * <li>«применяю» marks with feedback from other teachers of the region, 0 to 16 per practice;</li>
 * <li>attachments: real PDF, DOCX and PNG files ({@link DemoPracticeFiles}) with the text the
 * portal's extraction would store, so their words are searchable;</li>
 * <li>a {@code search_outbox} row per practice, so a server whose index already exists still
 * picks every practice up (a server with an empty index rebuilds it from the database anyway).</li>
 * </ul>
 *
 * <p>The demo accounts are scripted: {@code teacher} leads one published practice (with
 * {@code mentor} as co-author) and one draft, {@code mentor} and {@code director} lead one
 * practice each, and the region's queue holds several practices on review for
 * {@code methodologist}. No demo account has a «применяю» mark, so every journey can still make one.
 *
 * <p>The body is composed from the practice's own description, steps and evidence, framed by a
 * paragraph about the author's school (its kind, staff and program flags) and a theme paragraph,
 * and goes through {@link PracticeHtml#sanitize}, as an author's text would. Everything is drawn
 * from random streams seeded per region, so a scale always gives the same rows.
 */
final class DemoPractices {

    private static final Logger LOG = Logger.getLogger(DemoPractices.class.getName());

    private static final long PRACTICES_SALT = 0x9AC7_1CE5L;
    /** The demo's "today", shared with the courses: nothing happens after it. */
    static final LocalDate TODAY = DemoCourses.TODAY;
    private static final Instant NOW = TODAY.atTime(7, 0).toInstant(ZoneOffset.UTC);
    /** Publications spread over two years, for the «год» facet. */
    private static final LocalDate PUBLISHED_FROM = LocalDate.of(2024, 11, 25);
    private static final LocalDate PUBLISHED_TO = LocalDate.of(2026, 11, 16);
    private static final LocalDate ARCHIVED_PUBLISHED_FROM = LocalDate.of(2024, 12, 2);
    private static final LocalDate ARCHIVED_FROM = LocalDate.of(2026, 8, 25);
    /** The demo teacher's practice is recent: a young teacher, written up with the mentor this autumn. */
    private static final LocalDate TEACHER_PUBLISHED = LocalDate.of(2026, 10, 14);
    /** Schools looked at when searching for a fitting author, and for people who apply practices. */
    private static final int SCHOOLS_SCANNED = 60;
    private static final List<Position> APPLICANT_POSITIONS = List.of(Position.TEACHER, Position.DEPUTY_DIRECTOR,
            Position.PSYCHOLOGIST, Position.SOCIAL_PEDAGOGUE, Position.SPEECH_THERAPIST, Position.TUTOR,
            Position.COUNSELOR, Position.ADDITIONAL_EDUCATION);
    private static final Pattern GENDERED = Pattern.compile("\\[([^|\\]]+)\\|([^\\]]+)]");
    private static final String[] CLASS_LETTERS = {"А", "Б", "В"};

    record ScorePlan(ReviewCriterion criterion, int score, String comment) {
    }

    record ReviewPlan(long id, long practiceId, long reviewerId, ReviewDecision decision, String comment,
                      Instant createdAt, List<ScorePlan> scores) {
    }

    record AttachmentPlan(long id, long practiceId, FileSpec file, Instant createdAt) {
    }

    record ApplicationPlan(long id, long practiceId, long personId, String feedback, Instant createdAt) {
    }

    /** A practice as written; person and school ids as planned (before the writer's offsets). */
    record PracticePlan(long id, long regionId, Spec spec, long schoolId, List<Long> authorIds, String body,
                        Instant createdAt, Instant updatedAt, Instant publishedAt, BigDecimal reviewScore) {

        PracticeStatus status() {
            return spec.status();
        }
    }

    /** All rows of one region (or, from {@link #plan}, of all regions). */
    record Plan(List<PracticePlan> practices, List<ReviewPlan> reviews, List<AttachmentPlan> attachments,
                List<ApplicationPlan> applications) {

        static Plan empty() {
            return new Plan(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void addAll(Plan other) {
            practices.addAll(other.practices);
            reviews.addAll(other.reviews);
            attachments.addAll(other.attachments);
            applications.addAll(other.applications);
        }
    }

    /** Running planned ids (from 1), carried from region to region. */
    static final class Counters {
        long practice;
        long review;
        long attachment;
        long application;
    }

    private DemoPractices() {
    }

    // ---------------------------------------------------------------- planning

    /** The whole plan of a model, ids from 1 and person ids as planned; for tests. */
    static Plan plan(DemoRegionModel model) {
        DemoPracticeCatalogue catalogue = DemoPracticeCatalogue.load();
        Plan all = Plan.empty();
        Counters counters = new Counters();
        for (Region region : model.regions()) {
            all.addAll(new RegionPlanner(model, catalogue, region, counters).plan());
        }
        return all;
    }

    /** Plans one region: who wrote what, when, how it was reviewed and who applies it. */
    private static final class RegionPlanner {
        private final DemoRegionModel model;
        private final DemoPracticeCatalogue catalogue;
        private final Region region;
        private final Counters counters;
        private final Random random;
        private final List<School> schools = new ArrayList<>();
        private final Map<Long, List<Person>> staff = new HashMap<>();
        private final Map<Long, School> schoolById = new HashMap<>();
        private final Map<String, Person> named = new HashMap<>();
        private final Set<Long> namedIds = new HashSet<>();
        private final Set<Long> leads = new HashSet<>();
        private final List<Person> reviewers = new ArrayList<>();
        private final Person methodologist;
        private List<Person> applicants;
        private final Plan plan = Plan.empty();

        RegionPlanner(DemoRegionModel model, DemoPracticeCatalogue catalogue, Region region, Counters counters) {
            this.model = model;
            this.catalogue = catalogue;
            this.region = region;
            this.counters = counters;
            this.random = new Random(DemoRegionModel.mix(DemoRegionModel.SEED ^ PRACTICES_SALT, region.id()));
            for (School s : model.schools()) {
                if (s.region() == region) {
                    schools.add(s);
                    schoolById.put(s.id, s);
                }
            }
            for (PlannedAccount account : model.plannedAccounts()) {
                namedIds.add(account.person().id());
                if (account.person().regionId() == region.id()) {
                    named.put(account.login(), account.person());
                }
            }
            for (Person p : model.officePersons()) {
                if (p.regionId() == region.id() && p.position() == Position.METHODOLOGIST) {
                    reviewers.add(p);
                }
            }
            methodologist = named.getOrDefault("methodologist", reviewers.get(0));
        }

        Plan plan() {
            List<Instant> slots = publicationSlots();
            int published = 0;
            for (Spec spec : catalogue.specs()) {
                Instant publishedAt = spec.status() == PracticeStatus.PUBLISHED ? slots.get(published++) : null;
                practice(spec, publishedAt);
            }
            applicants = applicantPool();
            for (PracticePlan practice : plan.practices()) {
                if (practice.publishedAt() != null) {
                    applications(practice);
                }
            }
            return plan;
        }

        /** Publication dates for the published practices, evenly over two years, in a shuffled order. */
        private List<Instant> publicationSlots() {
            long count = catalogue.specs().stream().filter(s -> s.status() == PracticeStatus.PUBLISHED).count();
            long span = ChronoUnit.DAYS.between(PUBLISHED_FROM, PUBLISHED_TO);
            List<Instant> slots = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                LocalDate day = PUBLISHED_FROM.plusDays(span * i / Math.max(1, count) + random.nextInt(7));
                slots.add(at(day));
            }
            Collections.shuffle(slots, random);
            return slots;
        }

        private void practice(Spec spec, Instant slot) {
            Person lead = lead(spec);
            School school = schoolById.get(lead.schoolId());
            List<Long> authors = new ArrayList<>();
            authors.add(lead.id());
            authors.addAll(coauthors(spec, lead, school));
            long id = ++counters.practice;
            boolean teacherLed = "teacher".equals(spec.lead()) && lead == named.get("teacher");
            Dates dates = dates(spec, slot, teacherLed);
            Theme theme = catalogue.theme(spec.theme());
            BigDecimal score = reviews(id, spec, dates, teacherLed);
            plan.practices().add(new PracticePlan(id, region.id(), spec, school.id, List.copyOf(authors),
                    body(spec, theme, school), dates.created, dates.updated, dates.published, score));
            for (FileSpec file : spec.files()) {
                plan.attachments().add(new AttachmentPlan(++counters.attachment, id, file,
                        dates.created.plus(1 + random.nextInt(48), ChronoUnit.HOURS)));
            }
        }

        // ------------------------------------------------------------ authors

        /** The scripted demo person, else someone whose position, subject and school fit. */
        private Person lead(Spec spec) {
            Person scripted = named.get(spec.lead());
            if (scripted != null && scripted.schoolId() != null) {
                leads.add(scripted.id());
                return scripted;
            }
            List<School> candidates = schools.stream().filter(s -> fits(s, spec.school())).toList();
            if (candidates.isEmpty()) {
                candidates = schools;
            }
            for (boolean strictSubject : new boolean[] {true, false}) {
                Person found = scan(candidates, spec, strictSubject);
                if (found != null) {
                    leads.add(found.id());
                    return found;
                }
            }
            Person any = scan(schools, spec, false);
            if (any == null) {
                throw new IllegalStateException("No author for «" + spec.title() + "» in " + region.name());
            }
            return any;
        }

        private Person scan(List<School> candidates, Spec spec, boolean strictSubject) {
            int start = random.nextInt(candidates.size());
            for (int i = 0; i < Math.min(candidates.size(), SCHOOLS_SCANNED); i++) {
                List<Person> people = staff(candidates.get((start + i) % candidates.size()));
                int offset = random.nextInt(people.size());
                for (int k = 0; k < people.size(); k++) {
                    Person p = people.get((offset + k) % people.size());
                    if (!namedIds.contains(p.id()) && !leads.contains(p.id()) && fits(p, spec, strictSubject)) {
                        return p;
                    }
                }
            }
            return null;
        }

        private static boolean fits(Person p, Spec spec, boolean strictSubject) {
            if (!spec.positions().contains(p.position())) {
                return false;
            }
            return !strictSubject || p.position() != Position.TEACHER || spec.subjects().isEmpty()
                    || p.subjects().stream().anyMatch(spec.subjects()::contains);
        }

        private static boolean fits(School s, SchoolHint hint) {
            return switch (hint) {
                case ANY -> true;
                case LOW -> s.current.lowResults();
                case HIGH -> s.current.highResults();
                case ADVERSE -> s.current.adverseConditions();
                case RURAL -> s.settlement == Settlement.RURAL;
                case CITY -> s.settlement == Settlement.CITY;
            };
        }

        /** Colleagues from the lead's school, plus a scripted demo person where the catalogue names one. */
        private List<Long> coauthors(Spec spec, Person lead, School school) {
            List<Long> result = new ArrayList<>();
            Person scripted = named.get(spec.coauthor());
            if (scripted != null && scripted.id() != lead.id()) {
                result.add(scripted.id());
            }
            List<Person> colleagues = new ArrayList<>(staff(school));
            Collections.shuffle(colleagues, random);
            for (Person p : colleagues) {
                if (result.size() >= spec.coauthors() + (scripted != null ? 1 : 0)) {
                    break;
                }
                if (p.id() != lead.id() && !namedIds.contains(p.id()) && p.position() != Position.DIRECTOR) {
                    result.add(p.id());
                }
            }
            return result;
        }

        private List<Person> staff(School school) {
            return staff.computeIfAbsent(school.id, k -> model.staffOf(school));
        }

        // ------------------------------------------------------------ dates and reviews

        /** When the practice was created, last changed, submitted, returned and published. */
        private record Dates(Instant created, Instant updated, Instant published, Instant returned) {
        }

        private Dates dates(Spec spec, Instant slot, boolean teacherLed) {
            return switch (spec.status()) {
                case PUBLISHED -> {
                    Instant published = teacherLed ? at(TEACHER_PUBLISHED) : slot;
                    Instant returned = spec.returnedBefore() ? published.minus(12 + random.nextInt(20), ChronoUnit.DAYS)
                            : null;
                    Instant created = (returned != null ? returned : published)
                            .minus(20 + random.nextInt(50), ChronoUnit.DAYS);
                    yield new Dates(created, published, published, returned);
                }
                case ARCHIVED -> {
                    Instant published = at(ARCHIVED_PUBLISHED_FROM.plusDays(random.nextInt(140)));
                    Instant archived = at(ARCHIVED_FROM.plusDays(random.nextInt(60)));
                    yield new Dates(published.minus(25 + random.nextInt(40), ChronoUnit.DAYS), archived, published,
                            null);
                }
                case RETURNED -> {
                    Instant returned = at(TODAY.minusDays(12 + random.nextInt(50)));
                    yield new Dates(returned.minus(18 + random.nextInt(40), ChronoUnit.DAYS), returned, null, returned);
                }
                case ON_REVIEW -> {
                    Instant submitted = at(TODAY.minusDays(1 + random.nextInt(24)));
                    Instant returned = spec.returnedBefore() ? submitted.minus(8 + random.nextInt(12), ChronoUnit.DAYS)
                            : null;
                    Instant created = (returned != null ? returned : submitted)
                            .minus(15 + random.nextInt(35), ChronoUnit.DAYS);
                    yield new Dates(created, submitted, null, returned);
                }
                case DRAFT -> {
                    LocalDate day = TODAY.minusDays(6 + random.nextInt(45));
                    Instant created = at(day);
                    Instant updated = at(day.plusDays(1 + random.nextInt(5)));
                    yield new Dates(created, updated.isAfter(created) ? updated : created, null, null);
                }
            };
        }

        /** Plans the practice's reviews and returns its review score (the mean of the latest review), as the entity keeps it. */
        private BigDecimal reviews(long practiceId, Spec spec, Dates dates, boolean teacherLed) {
            BigDecimal score = null;
            if (dates.returned() != null) {
                boolean own = spec.status() == PracticeStatus.RETURNED;
                List<ScorePlan> scores = own ? returnScores(spec.criterionComments()) : genericReturnScores();
                String comment = own ? spec.reviewComment() : pick(catalogue.pool("return-overall"));
                score = addReview(practiceId, reviewer(false), ReviewDecision.RETURNED, comment, dates.returned(),
                        scores);
            }
            if (dates.published() != null) {
                String comment = random.nextBoolean() ? pick(catalogue.pool("publish-comment")) : null;
                score = addReview(practiceId, reviewer(teacherLed), ReviewDecision.PUBLISHED, comment,
                        dates.published(), publishScores());
            }
            return score;
        }

        private BigDecimal addReview(long practiceId, Person reviewer, ReviewDecision decision, String comment,
                                     Instant at, List<ScorePlan> scores) {
            plan.reviews().add(new ReviewPlan(++counters.review, practiceId, reviewer.id(), decision, comment, at,
                    scores));
            return mean(scores);
        }

        /** The demo methodologist reviews a good share, so their «reviewed by me» list is not empty. */
        private Person reviewer(boolean demoMethodologist) {
            if (demoMethodologist || random.nextDouble() < 0.35) {
                return methodologist;
            }
            return reviewers.get(random.nextInt(reviewers.size()));
        }

        /** All five criteria, mostly 4–5, novelty a little lower: the experts publish good practices. */
        private List<ScorePlan> publishScores() {
            double quality = 3.7 + 1.2 * random.nextDouble();
            List<ScorePlan> scores = new ArrayList<>();
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                double shift = criterion == ReviewCriterion.NOVELTY ? -0.5 : 0;
                int min = criterion == ReviewCriterion.NOVELTY ? 2 : 3;
                int score = (int) Math.round(quality + shift + 0.5 * random.nextGaussian());
                scores.add(new ScorePlan(criterion, Math.max(min, Math.min(5, score)), null));
            }
            return scores;
        }

        /** The catalogue's own comments on a returned practice; commented criteria score low. */
        private List<ScorePlan> returnScores(Map<ReviewCriterion, String> comments) {
            List<ScorePlan> scores = new ArrayList<>();
            for (ReviewCriterion criterion : ReviewCriterion.values()) {
                String comment = comments.get(criterion);
                int score = comment != null ? 2 + random.nextInt(2) : 3 + random.nextInt(2);
                scores.add(new ScorePlan(criterion, score, comment));
            }
            return scores;
        }

        /** An earlier return of a practice that was later improved: one or two of the shared remarks. */
        private List<ScorePlan> genericReturnScores() {
            Map<ReviewCriterion, String> comments = new EnumMap<>(ReviewCriterion.class);
            List<String> pool = catalogue.pool("return-comment");
            int wanted = 1 + random.nextInt(2);
            while (comments.size() < wanted) {
                String[] remark = pick(pool).split("\\|", 2);
                comments.put(ReviewCriterion.valueOf(remark[0].strip()), remark[1].strip());
            }
            return returnScores(comments);
        }

        // ------------------------------------------------------------ text

        private String body(Spec spec, Theme theme, School school) {
            StringBuilder html = new StringBuilder();
            html.append(paragraph(context(theme, school)));
            spec.description().forEach(d -> html.append(paragraph(d)));
            html.append("<p><strong>").append(escape(pick(catalogue.pool("steps-heading")))).append("</strong></p><ul>");
            spec.steps().forEach(step -> html.append("<li>").append(escape(step)).append("</li>"));
            html.append("</ul><p><strong>").append(escape(pick(catalogue.pool("results-heading"))))
                    .append("</strong> ").append(escape(spec.evidence())).append("</p>");
            String advice = pick(theme.advice());
            html.append(paragraph(spec.tip().isEmpty() ? advice : advice + " " + spec.tip()));
            return PracticeHtml.sanitize(html.toString());
        }

        /** Who the school is (kind, staff, program flags) and why the theme matters there. */
        private String context(Theme theme, School school) {
            String flags = school.current.lowResults() ? pick(catalogue.pool("school-low"))
                    : school.current.adverseConditions() ? pick(catalogue.pool("school-adverse"))
                    : school.current.highResults() ? pick(catalogue.pool("school-high")) : "";
            int staff = school.staffCount();
            String intro = random.nextBoolean()
                    ? school.shortName + " — " + kind(school) + ", в коллективе " + staffCount(staff) + "."
                    : "Практика сложилась в " + prepositional(school.shortName) + ", где " + (agreesWithOne(staff)
                    ? "работает " : "работают ") + staffCount(staff) + ".";
            return intro + (flags.isEmpty() ? "" : " " + flags) + " " + pick(theme.contexts());
        }

        private static String kind(School school) {
            boolean rural = school.settlement == Settlement.RURAL;
            return switch (school.type) {
                case GYMNASIUM -> "городская гимназия";
                case LYCEUM -> "городской лицей";
                case SOSH_ADVANCED -> "городская школа с углублённым изучением отдельных предметов";
                case OOSH -> rural ? "сельская основная школа" : "основная школа в районном центре";
                case SOSH -> rural ? "сельская средняя школа" : "городская средняя школа";
            };
        }

        /** «в Гимназии № 2», «в Лицее № 1»; the abbreviations СОШ and ООШ do not decline. */
        private static String prepositional(String schoolName) {
            if (schoolName.startsWith("Гимназия")) {
                return "Гимназии" + schoolName.substring("Гимназия".length());
            }
            if (schoolName.startsWith("Лицей")) {
                return "Лицее" + schoolName.substring("Лицей".length());
            }
            return schoolName;
        }

        /** 21, 31, 101 … take the singular: «работает 21 педагог». */
        private static boolean agreesWithOne(int n) {
            return n % 10 == 1 && n % 100 != 11;
        }

        private static String staffCount(int n) {
            int last = n % 10;
            int lastTwo = n % 100;
            String word = last == 1 && lastTwo != 11 ? "педагог"
                    : last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? "педагога" : "педагогов";
            return n + " " + word;
        }

        // ------------------------------------------------------------ «применяю»

        /** Teachers and specialists of a sample of the region's schools; demo accounts are left out. */
        private List<Person> applicantPool() {
            List<School> sample = new ArrayList<>(schools);
            Collections.shuffle(sample, random);
            List<Person> pool = new ArrayList<>();
            for (School s : sample.subList(0, Math.min(sample.size(), SCHOOLS_SCANNED))) {
                for (Person p : staff(s)) {
                    if (!namedIds.contains(p.id()) && APPLICANT_POSITIONS.contains(p.position())) {
                        pool.add(p);
                    }
                }
            }
            return pool;
        }

        private void applications(PracticePlan practice) {
            Instant from = practice.publishedAt().plus(2, ChronoUnit.DAYS);
            Instant to = practice.status() == PracticeStatus.ARCHIVED ? practice.updatedAt() : NOW.minus(1, ChronoUnit.HOURS);
            long minutes = ChronoUnit.MINUTES.between(from, to);
            if (minutes <= 0) {
                return;
            }
            double roll = random.nextDouble();
            int wanted = roll < 0.15 ? 0 : roll < 0.5 ? 1 + random.nextInt(3) : roll < 0.85 ? 4 + random.nextInt(5)
                    : 9 + random.nextInt(8);
            wanted = (int) Math.min(wanted, 1 + minutes / (60 * 24 * 7));
            Set<Long> taken = new HashSet<>(practice.authorIds());
            Spec spec = practice.spec();
            Theme theme = catalogue.theme(spec.theme());
            for (int attempts = 0; taken.size() - practice.authorIds().size() < wanted && attempts < wanted * 30; attempts++) {
                Person p = applicants.get(random.nextInt(applicants.size()));
                boolean subjectFits = spec.subjects().isEmpty() || p.subjects().stream().anyMatch(spec.subjects()::contains);
                // Mostly colleagues who teach the practice's subject; now and then someone who adapted it.
                if ((subjectFits || random.nextDouble() < 0.1) && taken.add(p.id())) {
                    Instant at = from.plus(random.nextLong(minutes), ChronoUnit.MINUTES);
                    plan.applications().add(new ApplicationPlan(++counters.application, practice.id(), p.id(),
                            feedback(theme, spec, p), at));
                }
            }
        }

        /** An opener (in class X, or school-wide), a theme sentence and sometimes a closing remark. */
        private String feedback(Theme theme, Spec spec, Person author) {
            String opener = pick(catalogue.pool(theme.schoolWide() ? "opener-school" : "opener-lesson"));
            opener = gendered(opener, author.female()).replace("{class}", className(spec));
            String text = opener + " " + pick(theme.feedback());
            return random.nextDouble() < 0.6 ? text + " " + pick(catalogue.pool("closer")) : text;
        }

        private String className(Spec spec) {
            List<EducationLevel> levels = spec.levels().isEmpty() ? List.of(EducationLevel.OOO) : spec.levels();
            int grade = switch (levels.get(random.nextInt(levels.size()))) {
                case NOO -> 2 + random.nextInt(3);
                case OOO -> 5 + random.nextInt(5);
                case SOO -> 10 + random.nextInt(2);
            };
            return grade + " «" + CLASS_LETTERS[random.nextInt(CLASS_LETTERS.length)] + "»";
        }

        private <T> T pick(List<T> list) {
            return list.get(random.nextInt(list.size()));
        }

        /** A weekday moment between 09:00 and 18:00 Moscow time. */
        private Instant at(LocalDate day) {
            LocalDate weekday = day.getDayOfWeek().getValue() > 5 ? day.minusDays(day.getDayOfWeek().getValue() - 5L)
                    : day;
            Instant moment = weekday.atTime(6 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
            return moment.isAfter(NOW) ? NOW.minus(1 + random.nextInt(120), ChronoUnit.MINUTES) : moment;
        }
    }

    /** {@code Practice.mean}: the mean of the scores with two decimals, half up. */
    static BigDecimal mean(List<ScorePlan> scores) {
        int sum = scores.stream().mapToInt(ScorePlan::score).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    static String gendered(String text, boolean female) {
        Matcher m = GENDERED.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(female ? m.group(2) : m.group(1)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String paragraph(String text) {
        return "<p>" + escape(text) + "</p>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The storage key of a demo attachment: the same for the same load and content, so a repeated
     * load finds its files already there, and a changed text never reuses an old file.
     */
    static String storageKey(DemoScale scale, long attachmentId, FileSpec file) {
        String seed = "trajectory-demo-practice-attachment:" + DemoPracticeFiles.LAYOUT_VERSION + ":" + scale + ":"
                + attachmentId + ":" + file.type() + ":" + file.name() + ":" + file.text();
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    // ---------------------------------------------------------------- writing

    /** What {@link #write} put in, for the log and the tests. */
    record Counts(long practices, long reviews, long attachments, long applications) {
    }

    static Counts write(Connection c, DemoRegionModel model, long personOffset, long regionOffset, long schoolOffset)
            throws SQLException {
        long started = System.nanoTime();
        DemoPracticeCatalogue catalogue = DemoPracticeCatalogue.load();
        Offsets offsets = new Offsets(personOffset, regionOffset, schoolOffset, max(c, "practice"),
                max(c, "practice_review"), max(c, "practice_attachment"), max(c, "practice_application"));
        AttachmentStore files = new AttachmentStore(model.scale(), catalogue, model.regions().size(),
                offsets.attachment());
        Counters counters = new Counters();
        Counts counts;
        try (Writer writer = new Writer(c, offsets, files)) {
            for (Region region : model.regions()) {
                writer.add(new RegionPlanner(model, catalogue, region, counters).plan());
            }
            writer.attachments();
            counts = writer.finish();
        }
        LOG.info(() -> String.format("Demo practices: %s written in %.2f s", counts,
                (System.nanoTime() - started) / 1e9));
        return counts;
    }

    /**
     * The attachment files of one load. Their keys are derived from the load (scale, row id) and the
     * file's content, so a file an identical earlier load left in the directory is the very file
     * this load would write: it is kept, and only missing files are rendered. Rendering runs in the
     * background while the rows are planned and sent, because PDFBox's first document costs about
     * half a second of class loading and font parsing.
     */
    private static final class AttachmentStore {
        private final DemoScale scale;
        private final Path directory;
        private final CompletableFuture<Map<FileSpec, byte[]>> rendered;

        AttachmentStore(DemoScale scale, DemoPracticeCatalogue catalogue, int regions, long idOffset) {
            this.scale = scale;
            this.directory = writableDirectory();
            List<FileSpec> perRegion = catalogue.specs().stream().flatMap(s -> s.files().stream()).toList();
            Set<FileSpec> missing = new LinkedHashSet<>();
            long id = idOffset;
            for (int r = 0; r < regions && directory != null; r++) {
                for (FileSpec file : perRegion) {
                    // The planner numbers attachments in this same order: region by region, catalogue order.
                    if (!Files.isRegularFile(directory.resolve(storageKey(scale, ++id, file)))) {
                        missing.add(file);
                    }
                }
            }
            List<FileSpec> toRender = List.copyOf(missing);
            rendered = toRender.isEmpty() ? CompletableFuture.completedFuture(Map.of())
                    : CompletableFuture.supplyAsync(() -> DemoPracticeFiles.render(toRender));
        }

        /** The directory, or null when it cannot be created: the practices then go without attachments. */
        private static Path writableDirectory() {
            Path directory = DemoPracticeFiles.directory();
            try {
                return Files.createDirectories(directory);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Demo practice attachments left out: cannot create " + directory, e);
                return null;
            }
        }

        boolean usable() {
            return directory != null;
        }

        /** Puts the file under its key (unless it is already there) and tells its size. */
        long store(String key, FileSpec file) throws IOException {
            byte[] bytes = rendered.join().get(file);
            if (bytes == null) {
                return Files.size(directory.resolve(key));
            }
            DemoPracticeFiles.store(directory, key, bytes);
            return bytes.length;
        }

        String key(long id, FileSpec file) {
            return storageKey(scale, id, file);
        }
    }

    private record Offsets(long person, long region, long school, long practice, long review, long attachment,
                           long application) {
    }

    /** The batches of every practice table; attachments wait for their files, which render meanwhile. */
    private static final class Writer implements AutoCloseable {
        private final Offsets o;
        private final AttachmentStore files;
        private final List<Batch> batches = new ArrayList<>();
        private final Batch practices;
        private final Batch authors;
        private final Batch subjects;
        private final Batch levels;
        private final Batch competencies;
        private final Batch tags;
        private final Batch groups;
        private final Batch reviews;
        private final Batch scores;
        private final Batch applications;
        private final Batch attachmentRows;
        private final Batch outbox;
        private final List<AttachmentPlan> pendingAttachments = new ArrayList<>();
        private long practiceCount;
        private long reviewCount;
        private long attachmentCount;
        private long applicationCount;

        Writer(Connection c, Offsets o, AttachmentStore files) throws SQLException {
            this.o = o;
            this.files = files;
            practices = batch(c, "INSERT INTO practice (id, title, summary, body, problem, evidence, school_id, "
                    + "region_id, status, created_at, updated_at, published_at, review_score, row_version) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            authors = batch(c, "INSERT INTO practice_author (practice_id, person_id, is_lead) VALUES (?, ?, ?)");
            subjects = batch(c, "INSERT INTO practice_subject (practice_id, subject_code) VALUES (?, ?)");
            levels = batch(c, "INSERT INTO practice_level (practice_id, level) VALUES (?, ?)");
            competencies = batch(c, "INSERT INTO practice_competency (practice_id, competency_code) VALUES (?, ?)");
            tags = batch(c, "INSERT INTO practice_tag (practice_id, tag) VALUES (?, ?)");
            groups = batch(c, "INSERT INTO practice_target_group (practice_id, target_group) VALUES (?, ?)");
            reviews = batch(c, "INSERT INTO practice_review (id, practice_id, reviewer_id, decision, comment, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?)");
            scores = batch(c, "INSERT INTO practice_review_score (review_id, criterion, score, comment) "
                    + "VALUES (?, ?, ?, ?)");
            applications = batch(c, "INSERT INTO practice_application (id, practice_id, person_id, feedback, "
                    + "created_at) VALUES (?, ?, ?, ?, ?)");
            attachmentRows = batch(c, "INSERT INTO practice_attachment (id, practice_id, file_name, content_type, "
                    + "size_bytes, storage_key, extracted_text, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
            // queued_at takes the database's clock: the outbox's retention and cursors run on real time.
            outbox = batch(c, "INSERT INTO search_outbox (practice_id) VALUES (?)");
        }

        private Batch batch(Connection c, String sql) throws SQLException {
            Batch b = new Batch(c, sql);
            batches.add(b);
            return b;
        }

        void add(Plan plan) throws SQLException {
            for (PracticePlan p : plan.practices()) {
                practice(p);
            }
            for (ReviewPlan r : plan.reviews()) {
                review(r);
            }
            for (ApplicationPlan a : plan.applications()) {
                PreparedStatement ps = applications.row();
                ps.setLong(1, o.application() + a.id());
                ps.setLong(2, o.practice() + a.practiceId());
                ps.setLong(3, o.person() + a.personId());
                ps.setString(4, a.feedback());
                ps.setTimestamp(5, Timestamp.from(a.createdAt()));
                applications.add();
            }
            pendingAttachments.addAll(plan.attachments());
            practiceCount += plan.practices().size();
            reviewCount += plan.reviews().size();
            applicationCount += plan.applications().size();
        }

        private void practice(PracticePlan p) throws SQLException {
            long id = o.practice() + p.id();
            Spec spec = p.spec();
            PreparedStatement ps = practices.row();
            ps.setLong(1, id);
            ps.setString(2, spec.title());
            ps.setString(3, spec.summary());
            ps.setString(4, p.body());
            ps.setString(5, spec.problem());
            ps.setString(6, spec.evidence());
            ps.setLong(7, o.school() + p.schoolId());
            ps.setLong(8, o.region() + p.regionId());
            ps.setString(9, spec.status().name());
            ps.setTimestamp(10, Timestamp.from(p.createdAt()));
            ps.setTimestamp(11, Timestamp.from(p.updatedAt()));
            setTimestamp(ps, 12, p.publishedAt());
            if (p.reviewScore() == null) {
                ps.setNull(13, Types.DECIMAL);
            } else {
                ps.setBigDecimal(13, p.reviewScore());
            }
            practices.add();
            for (int i = 0; i < p.authorIds().size(); i++) {
                PreparedStatement a = authors.row();
                a.setLong(1, id);
                a.setLong(2, o.person() + p.authorIds().get(i));
                a.setBoolean(3, i == 0);
                authors.add();
            }
            codes(subjects, id, spec.subjects());
            codes(levels, id, spec.levels().stream().map(Enum::name).toList());
            codes(competencies, id, spec.competencies());
            codes(tags, id, spec.tags());
            codes(groups, id, spec.groups().stream().map(Enum::name).toList());
            PreparedStatement q = outbox.row();
            q.setLong(1, id);
            outbox.add();
        }

        private static void codes(Batch batch, long practiceId, List<String> values) throws SQLException {
            for (String value : values) {
                PreparedStatement ps = batch.row();
                ps.setLong(1, practiceId);
                ps.setString(2, value);
                batch.add();
            }
        }

        private void review(ReviewPlan r) throws SQLException {
            long id = o.review() + r.id();
            PreparedStatement ps = reviews.row();
            ps.setLong(1, id);
            ps.setLong(2, o.practice() + r.practiceId());
            ps.setLong(3, o.person() + r.reviewerId());
            ps.setString(4, r.decision().name());
            ps.setString(5, r.comment());
            ps.setTimestamp(6, Timestamp.from(r.createdAt()));
            reviews.add();
            for (ScorePlan s : r.scores()) {
                PreparedStatement sc = scores.row();
                sc.setLong(1, id);
                sc.setString(2, s.criterion().name());
                sc.setInt(3, s.score());
                sc.setString(4, s.comment());
                scores.add();
            }
        }

        /**
         * Stores the files and writes their rows. A directory that cannot be written leaves the
         * practices without attachments rather than failing the whole demo load: a row whose file
         * is missing would break the download, a practice without attachments is still whole.
         */
        void attachments() throws SQLException {
            if (!files.usable()) {
                return;
            }
            try {
                for (AttachmentPlan a : pendingAttachments) {
                    attachment(a);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Demo practice attachments left out: cannot write them", e);
            }
        }

        private void attachment(AttachmentPlan a) throws IOException, SQLException {
            long id = o.attachment() + a.id();
            FileSpec file = a.file();
            String key = files.key(id, file);
            long size = files.store(key, file);
            PreparedStatement ps = attachmentRows.row();
            ps.setLong(1, id);
            ps.setLong(2, o.practice() + a.practiceId());
            ps.setString(3, file.name());
            ps.setString(4, file.type().contentType());
            ps.setLong(5, size);
            ps.setString(6, key);
            // What AttachmentText stores: the text of documents, nothing for images.
            ps.setString(7, file.type() == AttachmentType.PNG ? null : file.text());
            ps.setTimestamp(8, Timestamp.from(a.createdAt()));
            attachmentRows.add();
            attachmentCount++;
        }

        Counts finish() throws SQLException {
            for (Batch b : batches) {
                b.flush();
            }
            return new Counts(practiceCount, reviewCount, attachmentCount, applicationCount);
        }

        @Override
        public void close() throws SQLException {
            SQLException failure = null;
            for (Batch b : batches) {
                try {
                    b.close();
                } catch (SQLException e) {
                    failure = failure == null ? e : failure;
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static void setTimestamp(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP);
        } else {
            ps.setTimestamp(index, Timestamp.from(value));
        }
    }

    private static long max(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
