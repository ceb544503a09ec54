package ru.trajectory.practices.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.trajectory.platform.errors.ConflictException;

/**
 * An effective practice (эффективная практика). Its content changes only while it is a draft or
 * returned, and only through {@link #revise}; its status changes only through the workflow
 * methods, each of which refuses a transition the review process does not have.
 */
@Entity
@Table(name = "practice")
@NamedQuery(name = Practice.OF_AUTHOR, query = "SELECT p FROM Practice p JOIN p.authors a "
        + "WHERE a.personId = :personId ORDER BY p.updatedAt DESC")
@NamedQuery(name = Practice.BY_STATUS_IN_REGION, query = "SELECT p FROM Practice p "
        + "WHERE p.regionId = :regionId AND p.status = :status ORDER BY p.updatedAt")
@NamedQuery(name = Practice.PUBLISHED, query = "SELECT p FROM Practice p "
        + "WHERE p.status = ru.trajectory.practices.entity.PracticeStatus.PUBLISHED ORDER BY p.publishedAt DESC")
@NamedQuery(name = Practice.ALL_IDS, query = "SELECT p.id FROM Practice p ORDER BY p.id")
@NamedQuery(name = Practice.COUNT_ALL, query = "SELECT COUNT(p) FROM Practice p")
public class Practice {

    public static final String OF_AUTHOR = "Practice.ofAuthor";
    public static final String BY_STATUS_IN_REGION = "Practice.byStatusInRegion";
    public static final String PUBLISHED = "Practice.published";
    public static final String ALL_IDS = "Practice.allIds";
    public static final String COUNT_ALL = "Practice.countAll";

    public static final int TITLE_MAX = 300;
    public static final int SUMMARY_MAX = 2000;
    public static final int TEXT_MAX = 4000;
    /** MEDIUMTEXT holds far more; this keeps one practice a readable document. */
    public static final int BODY_MAX = 200_000;
    public static final int TAG_MAX = 64;
    public static final int AUTHORS_MAX = 10;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, length = SUMMARY_MAX)
    private String summary;

    /** Sanitised HTML: the service cleans it before it reaches the entity. */
    @Lob
    @Column(nullable = false)
    private String body;

    @Column(length = TEXT_MAX)
    private String problem;

    @Column(length = TEXT_MAX)
    private String evidence;

    @Column(name = "school_id")
    private Long schoolId;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PracticeStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "review_score", precision = 3, scale = 2)
    private BigDecimal reviewScore;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_author", joinColumns = @JoinColumn(name = "practice_id"))
    private Set<PracticeAuthor> authors = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_subject", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "subject_code", length = 32)
    private Set<String> subjects = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_level", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "level", length = 8)
    private Set<EducationLevel> levels = EnumSet.noneOf(EducationLevel.class);

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_competency", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "competency_code", length = 32)
    private Set<String> competencyCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_tag", joinColumns = @JoinColumn(name = "practice_id"))
    @Column(name = "tag", length = TAG_MAX)
    private Set<String> tags = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "practice_target_group", joinColumns = @JoinColumn(name = "practice_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "target_group", length = 16)
    private Set<TargetGroup> targetGroups = EnumSet.noneOf(TargetGroup.class);

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Practice() {
    }

    /**
     * A new draft.
     *
     * @param leadAuthorId the person who writes it up; further authors come with {@link #setAuthors}
     */
    public Practice(long leadAuthorId, Long schoolId, long regionId, Instant now) {
        this.schoolId = schoolId;
        this.regionId = regionId;
        this.status = PracticeStatus.DRAFT;
        this.createdAt = Objects.requireNonNull(now);
        this.updatedAt = now;
        this.title = "";
        this.summary = "";
        this.body = "";
        this.authors.add(new PracticeAuthor(leadAuthorId, true));
    }

    /** The authors' text; only a draft or a returned practice is revised. */
    public void revise(PracticeContent content, Instant now) {
        requireEditable();
        Objects.requireNonNull(content, "content");
        this.title = content.title();
        this.summary = content.summary();
        this.body = content.body();
        this.problem = content.problem();
        this.evidence = content.evidence();
        replace(subjects, content.subjects());
        replace(levels, content.levels());
        replace(competencyCodes, content.competencyCodes());
        replace(tags, content.tags());
        replace(targetGroups, content.targetGroups());
        this.updatedAt = now;
    }

    /**
     * Sets the authors: the lead stays the lead, co-authors are replaced. The lead is never
     * removed, so the practice always has someone who may submit it.
     */
    public void setAuthors(Collection<Long> coAuthorIds, Instant now) {
        requireEditable();
        Long lead = leadAuthorId();
        Set<Long> others = new LinkedHashSet<>(coAuthorIds);
        others.remove(lead);
        if (others.size() + 1 > AUTHORS_MAX) {
            throw new IllegalArgumentException("At most " + AUTHORS_MAX + " authors");
        }
        authors.removeIf(a -> !a.isLead());
        others.forEach(id -> authors.add(new PracticeAuthor(id, false)));
        this.updatedAt = now;
    }

    // ---------------------------------------------------------------- workflow

    /**
     * A practice taken over from an existing bank ({@code POST /practices/import}): it passed its
     * review there, so it starts published, dated when that bank published it, with no review
     * score of this portal. This is the only way into PUBLISHED that skips {@link #publish}, and it
     * asks for the same complete content as a submission; callers are the import service, which
     * lets only a methodologist of the practice's region do this.
     *
     * @param coAuthorIds further authors besides the lead
     * @param publishedAt when the old bank published it, not after {@code now}; null for now
     */
    public static Practice imported(long leadAuthorId, Collection<Long> coAuthorIds, Long schoolId, long regionId,
                                    PracticeContent content, Instant publishedAt, Instant now) {
        Practice practice = new Practice(leadAuthorId, schoolId, regionId, now);
        practice.revise(content, now);
        practice.setAuthors(coAuthorIds, now);
        practice.requireComplete("Импортируемая практика должна иметь название, аннотацию и описание");
        if (publishedAt != null && publishedAt.isAfter(now)) {
            throw new IllegalArgumentException("Publication date " + publishedAt + " is in the future");
        }
        practice.publishedAt = publishedAt == null ? now : publishedAt;
        practice.move(PracticeStatus.PUBLISHED, now);
        return practice;
    }

    /** An author hands the practice to the experts. */
    public void submit(Instant now) {
        requireEditable();
        requireComplete("Перед отправкой на экспертизу заполните название, аннотацию и описание");
        move(PracticeStatus.ON_REVIEW, now);
    }

    private void requireComplete(String message) {
        if (title.isBlank() || summary.isBlank() || body.isBlank()) {
            throw new ConflictException(message);
        }
    }

    /** The expert accepts it: it becomes visible to everyone with the review's mean score. */
    public void publish(List<CriterionScore> scores, Instant now) {
        require(PracticeStatus.ON_REVIEW, "Опубликовать можно только практику на экспертизе");
        this.reviewScore = mean(scores);
        this.publishedAt = now;
        move(PracticeStatus.PUBLISHED, now);
    }

    /** The expert sends it back for changes; the comments are in the review. */
    public void returnWith(List<CriterionScore> scores, Instant now) {
        require(PracticeStatus.ON_REVIEW, "Вернуть на доработку можно только практику на экспертизе");
        this.reviewScore = mean(scores);
        move(PracticeStatus.RETURNED, now);
    }

    /** Withdrawn from the bank (outdated or no longer supported); it stays in the database. */
    public void archive(Instant now) {
        if (status != PracticeStatus.PUBLISHED && status != PracticeStatus.RETURNED) {
            throw new ConflictException("В архив переносится опубликованная или возвращённая практика");
        }
        move(PracticeStatus.ARCHIVED, now);
    }

    private void move(PracticeStatus to, Instant now) {
        this.status = to;
        this.updatedAt = Objects.requireNonNull(now);
    }

    private void requireEditable() {
        if (!status.editable()) {
            throw new ConflictException(status == PracticeStatus.ON_REVIEW
                    ? "Практика на экспертизе; изменить её можно после решения эксперта"
                    : "Изменять можно только черновик или практику, возвращённую на доработку");
        }
    }

    private void require(PracticeStatus expected, String message) {
        if (status != expected) {
            throw new ConflictException(message);
        }
    }

    /** The mean of the criteria scores, two decimals; null when the expert scored nothing. */
    static BigDecimal mean(List<CriterionScore> scores) {
        if (scores == null || scores.isEmpty()) {
            return null;
        }
        int sum = scores.stream().mapToInt(CriterionScore::getScore).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    private static <T> void replace(Set<T> target, Collection<T> values) {
        target.clear();
        target.addAll(values);
    }

    // ---------------------------------------------------------------- reading

    public boolean isAuthor(Long personId) {
        return personId != null && authors.stream().anyMatch(a -> a.getPersonId().equals(personId));
    }

    public Long leadAuthorId() {
        return authors.stream().filter(PracticeAuthor::isLead).map(PracticeAuthor::getPersonId).findFirst()
                .orElseThrow(() -> new IllegalStateException("Practice " + id + " has no lead author"));
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getBody() {
        return body;
    }

    public String getProblem() {
        return problem;
    }

    public String getEvidence() {
        return evidence;
    }

    public Long getSchoolId() {
        return schoolId;
    }

    public Long getRegionId() {
        return regionId;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public BigDecimal getReviewScore() {
        return reviewScore;
    }

    /** Lead first. */
    public List<PracticeAuthor> getAuthors() {
        return authors.stream().sorted((a, b) -> Boolean.compare(b.isLead(), a.isLead())).toList();
    }

    public Set<String> getSubjects() {
        return Set.copyOf(subjects);
    }

    public Set<EducationLevel> getLevels() {
        return levels.isEmpty() ? EnumSet.noneOf(EducationLevel.class) : EnumSet.copyOf(levels);
    }

    public Set<String> getCompetencyCodes() {
        return Set.copyOf(competencyCodes);
    }

    public Set<String> getTags() {
        return Set.copyOf(tags);
    }

    public Set<TargetGroup> getTargetGroups() {
        return targetGroups.isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(targetGroups);
    }

    public long getRowVersion() {
        return rowVersion;
    }
}
