package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A diagnostic instrument version: a TEST of scored choice items or a SELF_ASSESSMENT on a
 * 1–5 scale, each item mapped to a competency with a weight. Only a DRAFT changes; a published
 * version is frozen and {@link #nextVersion} starts the next one, so results of earlier
 * attempts stay as they were.
 */
@Entity
@Table(name = "instrument")
@NamedQuery(name = Instrument.PUBLISHED_IN_REGION, query = "SELECT i FROM Instrument i WHERE i.regionId = :regionId "
        + "AND i.status = ru.trajectory.diagnostics.entity.Lifecycle.PUBLISHED ORDER BY i.title")
@NamedQuery(name = Instrument.OF_REGION, query = "SELECT i FROM Instrument i WHERE i.regionId = :regionId "
        + "ORDER BY i.title, i.version DESC")
@NamedQuery(name = Instrument.VERSIONS, query = "SELECT i FROM Instrument i WHERE i.code = :code ORDER BY i.version DESC")
public class Instrument {

    public static final String PUBLISHED_IN_REGION = "Instrument.publishedInRegion";
    public static final String OF_REGION = "Instrument.ofRegion";
    public static final String VERSIONS = "Instrument.versions";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private InstrumentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Lifecycle status;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "framework_id", nullable = false)
    private CompetencyFramework framework;

    @Column(name = "region_id", nullable = false)
    private Long regionId;

    @Column(name = "time_limit_minutes")
    private Integer timeLimitMinutes;

    @Column(name = "items_per_page", nullable = false)
    private int itemsPerPage = 5;

    @Column(name = "audience_positions", nullable = false, length = 400)
    private String audiencePositions = "";

    @Column(name = "audience_subjects", nullable = false, length = 400)
    private String audienceSubjects = "";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "instrument", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Item> items = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "instrument_threshold", joinColumns = @JoinColumn(name = "instrument_id"))
    private List<Threshold> thresholds = new ArrayList<>();

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    protected Instrument() {
    }

    public Instrument(String code, int version, String title, InstrumentKind kind, CompetencyFramework framework,
                      long regionId, Instant now) {
        this.code = Objects.requireNonNull(code);
        this.version = version;
        this.title = Objects.requireNonNull(title);
        this.kind = Objects.requireNonNull(kind);
        this.framework = Objects.requireNonNull(framework);
        this.regionId = regionId;
        this.status = Lifecycle.DRAFT;
        this.createdAt = now;
    }

    /** A DRAFT copy of this version: same items, options, thresholds and audience. */
    public Instrument nextVersion(int nextNumber, Instant now) {
        Instrument next = new Instrument(code, nextNumber, title, kind, framework, regionId, now);
        next.description = description;
        next.timeLimitMinutes = timeLimitMinutes;
        next.itemsPerPage = itemsPerPage;
        next.audiencePositions = audiencePositions;
        next.audienceSubjects = audienceSubjects;
        next.thresholds.addAll(thresholds.stream()
                .map(t -> new Threshold(t.getCompetencyCode(), t.getDeficitBelow(), t.getProficientFrom())).toList());
        for (Item item : items) {
            Item copy = next.addItem(item.getText(), item.getKind(), item.getCompetency(), item.getWeight());
            item.getOptions().forEach(o -> copy.addOption(o.getText(), o.getScore()));
        }
        return next;
    }

    public Item addItem(String text, ItemKind itemKind, Competency competency, BigDecimal weight) {
        requireDraft();
        if ((kind == InstrumentKind.SELF_ASSESSMENT) != (itemKind == ItemKind.SCALE)) {
            throw new IllegalArgumentException(kind + " instruments take " + (kind == InstrumentKind.TEST
                    ? "choice items" : "scale items"));
        }
        Item item = new Item(this, items.size() + 1, text, itemKind, competency, weight);
        items.add(item);
        return item;
    }

    public void removeItem(Item item) {
        requireDraft();
        items.remove(item);
        renumber();
    }

    /** Moves an item up (-1) or down (+1) in the order. */
    public void moveItem(Item item, int delta) {
        requireDraft();
        int from = items.indexOf(item);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, item);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < items.size(); i++) {
            items.get(i).moveTo(i + 1);
        }
    }

    public void describe(String newTitle, String newDescription, Integer limitMinutes, int perPage) {
        requireDraft();
        this.title = Objects.requireNonNull(newTitle);
        this.description = newDescription;
        this.timeLimitMinutes = limitMinutes;
        this.itemsPerPage = perPage;
    }

    public void setAudience(Collection<String> positions, Collection<String> subjects) {
        requireDraft();
        this.audiencePositions = String.join(",", new TreeSet<>(positions));
        this.audienceSubjects = String.join(",", new TreeSet<>(subjects));
    }

    public void setThreshold(String competencyCode, BigDecimal deficitBelow, BigDecimal proficientFrom) {
        requireDraft();
        thresholds.removeIf(t -> t.getCompetencyCode().equals(competencyCode));
        thresholds.add(new Threshold(competencyCode, deficitBelow, proficientFrom));
    }

    /** Drops a competency's own thresholds, so that the defaults apply again. */
    public void removeThreshold(String competencyCode) {
        requireDraft();
        thresholds.removeIf(t -> t.getCompetencyCode().equals(competencyCode));
    }

    /** Problems that keep this draft from being published, in Russian; empty when it is ready. */
    public List<String> publicationProblems() {
        List<String> problems = new ArrayList<>();
        if (items.isEmpty()) {
            problems.add("В диагностике нет ни одного задания");
        }
        for (Item item : items) {
            if (item.getKind() != ItemKind.SCALE) {
                if (item.getOptions().size() < 2) {
                    problems.add("Задание " + item.getPosition() + ": нужно не меньше двух вариантов ответа");
                }
                if (item.getOptions().stream().noneMatch(ItemOption::isCorrect)) {
                    problems.add("Задание " + item.getPosition() + ": отметьте хотя бы один верный вариант (балл больше 0)");
                }
            }
        }
        return problems;
    }

    public void publish(Instant now) {
        requireDraft();
        List<String> problems = publicationProblems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(String.join("; ", problems));
        }
        status = Lifecycle.PUBLISHED;
        publishedAt = now;
    }

    public void archive() {
        status = Lifecycle.ARCHIVED;
    }

    public boolean isDraft() {
        return status == Lifecycle.DRAFT;
    }

    private void requireDraft() {
        if (status != Lifecycle.DRAFT) {
            throw new IllegalStateException("A " + status + " instrument cannot change; edit its next version");
        }
    }

    /** Meant for a person with this position and these subjects (an empty audience means everyone). */
    public boolean isMeantFor(String position, Set<String> subjects) {
        Set<String> positions = split(audiencePositions);
        Set<String> wanted = split(audienceSubjects);
        return (positions.isEmpty() || positions.contains(position))
                && (wanted.isEmpty() || subjects.stream().anyMatch(wanted::contains));
    }

    /**
     * Scores answers per competency: the weighted share of credit over the items mapped to it,
     * unanswered items earning nothing. Levels follow this instrument's thresholds.
     */
    public List<CompetencyScore> score(Map<Long, Set<Long>> chosenOptions, Map<Long, Integer> scaleValues) {
        Map<Competency, BigDecimal[]> sums = new LinkedHashMap<>();
        for (Item item : items) {
            BigDecimal credit = item.credit(chosenOptions.getOrDefault(item.getId(), Set.of()),
                    scaleValues.get(item.getId()));
            BigDecimal[] s = sums.computeIfAbsent(item.getCompetency(), c -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(credit.multiply(item.getWeight()));
            s[1] = s[1].add(item.getWeight());
        }
        List<CompetencyScore> result = new ArrayList<>();
        sums.forEach((competency, s) -> {
            BigDecimal percent = s[0].multiply(BigDecimal.valueOf(100)).divide(s[1], 2, RoundingMode.HALF_UP);
            result.add(new CompetencyScore(competency, percent, thresholdFor(competency.getCode()).levelOf(percent)));
        });
        return result;
    }

    public Threshold thresholdFor(String competencyCode) {
        return thresholds.stream().filter(t -> t.getCompetencyCode().equals(competencyCode)).findFirst()
                .orElseGet(() -> new Threshold(competencyCode, Level.DEFAULT_DEFICIT_BELOW, Level.DEFAULT_PROFICIENT_FROM));
    }

    private static Set<String> split(String csv) {
        return csv == null || csv.isBlank() ? Set.of()
                : Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    public Item item(long itemId) {
        return items.stream().filter(i -> i.getId() != null && i.getId() == itemId).findFirst().orElse(null);
    }

    public Long getId() {
        return id;
    }

    /** The optimistic-lock version, so that an editor can tell whether someone changed the draft meanwhile. */
    public long getRowVersion() {
        return rowVersion;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public InstrumentKind getKind() {
        return kind;
    }

    public Lifecycle getStatus() {
        return status;
    }

    public CompetencyFramework getFramework() {
        return framework;
    }

    public Long getRegionId() {
        return regionId;
    }

    public Integer getTimeLimitMinutes() {
        return timeLimitMinutes;
    }

    public int getItemsPerPage() {
        return itemsPerPage;
    }

    public Set<String> getAudiencePositions() {
        return split(audiencePositions);
    }

    public Set<String> getAudienceSubjects() {
        return split(audienceSubjects);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public List<Item> getItems() {
        return List.copyOf(items);
    }

    public List<Threshold> getThresholds() {
        return List.copyOf(thresholds);
    }
}
