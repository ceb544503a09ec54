package ru.trajectory.diagnostics.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.entity.ItemKind;
import ru.trajectory.diagnostics.entity.Lifecycle;

/**
 * What authoring pages and the API receive about frameworks and instruments. Unlike
 * {@link AttemptViews}, these carry option scores: only authors of the instrument's region
 * ever get them.
 */
public final class AuthoringViews {

    private AuthoringViews() {
    }

    /** A framework version as areas with their competencies. */
    public static class FrameworkView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final int version;
        private final String name;
        private final Lifecycle status;
        private final Instant publishedAt;
        private final List<AreaView> areas;

        FrameworkView(String code, int version, String name, Lifecycle status, Instant publishedAt, List<AreaView> areas) {
            this.code = code;
            this.version = version;
            this.name = name;
            this.status = status;
            this.publishedAt = publishedAt;
            this.areas = areas;
        }

        public String getCode() {
            return code;
        }

        public int getVersion() {
            return version;
        }

        public String getName() {
            return name;
        }

        public Lifecycle getStatus() {
            return status;
        }

        public Instant getPublishedAt() {
            return publishedAt;
        }

        public List<AreaView> getAreas() {
            return areas;
        }

        public int getCompetencyCount() {
            return areas.stream().mapToInt(a -> a.getCompetencies().size()).sum();
        }

        /** Every competency in framework order. */
        public List<CompetencyView> getAllCompetencies() {
            return areas.stream().flatMap(a -> a.getCompetencies().stream()).toList();
        }
    }

    /** An area (блок) with its competencies in framework order. */
    public static class AreaView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final List<CompetencyView> competencies;

        AreaView(String code, String name, List<CompetencyView> competencies) {
            this.code = code;
            this.name = name;
            this.competencies = competencies;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public List<CompetencyView> getCompetencies() {
            return competencies;
        }
    }

    /** A competency with its area, and its subject where it is subject-specific. */
    public static class CompetencyView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final String description;
        private final String subjectCode;
        private final String subjectName;
        private final String areaCode;
        private final String areaName;

        CompetencyView(String code, String name, String description, String subjectCode, String subjectName, String areaCode, String areaName) {
            this.code = code;
            this.name = name;
            this.description = description;
            this.subjectCode = subjectCode;
            this.subjectName = subjectName;
            this.areaCode = areaCode;
            this.areaName = areaName;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getDescription() {
            return description;
        }

        public String getSubjectCode() {
            return subjectCode;
        }

        public String getSubjectName() {
            return subjectName;
        }

        public String getAreaCode() {
            return areaCode;
        }

        public String getAreaName() {
            return areaName;
        }
    }

    /** One version of a framework, for the version list. */
    public static class FrameworkVersionView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int version;
        private final Lifecycle status;
        private final Instant publishedAt;
        private final int competencyCount;

        FrameworkVersionView(int version, Lifecycle status, Instant publishedAt, int competencyCount) {
            this.version = version;
            this.status = status;
            this.publishedAt = publishedAt;
            this.competencyCount = competencyCount;
        }

        public int getVersion() {
            return version;
        }

        public Lifecycle getStatus() {
            return status;
        }

        public Instant getPublishedAt() {
            return publishedAt;
        }

        public int getCompetencyCount() {
            return competencyCount;
        }
    }

    /** A school subject of the reference list. */
    public static class SubjectView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;

        SubjectView(String code, String name) {
            this.code = code;
            this.name = name;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }
    }

    /** A row of the authors' list: one version of an instrument. */
    public static class InstrumentRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String code;
        private final int version;
        private final String title;
        private final InstrumentKind kind;
        private final Lifecycle status;
        private final int itemCount;
        private final Instant createdAt;
        private final Instant publishedAt;
        private final boolean newVersionAllowed;

        InstrumentRow(long id, String code, int version, String title, InstrumentKind kind, Lifecycle status, int itemCount, Instant createdAt, Instant publishedAt, boolean newVersionAllowed) {
            this.id = id;
            this.code = code;
            this.version = version;
            this.title = title;
            this.kind = kind;
            this.status = status;
            this.itemCount = itemCount;
            this.createdAt = createdAt;
            this.publishedAt = publishedAt;
            this.newVersionAllowed = newVersionAllowed;
        }

        public long getId() {
            return id;
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

        public InstrumentKind getKind() {
            return kind;
        }

        public Lifecycle getStatus() {
            return status;
        }

        public int getItemCount() {
            return itemCount;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public Instant getPublishedAt() {
            return publishedAt;
        }

        public boolean isNewVersionAllowed() {
            return newVersionAllowed;
        }
    }

    /** An instrument as its authors see it, scores included. */
    public static class InstrumentDetail implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String code;
        private final int version;
        private final String title;
        private final String description;
        private final InstrumentKind kind;
        private final Lifecycle status;
        private final String frameworkCode;
        private final int frameworkVersion;
        private final Integer timeLimitMinutes;
        private final int itemsPerPage;
        private final List<String> positions;
        private final List<String> subjects;
        private final long rowVersion;
        private final Instant createdAt;
        private final Instant publishedAt;
        private final List<ItemView> items;
        private final List<ThresholdView> thresholds;

        InstrumentDetail(long id, String code, int version, String title, String description, InstrumentKind kind, Lifecycle status, String frameworkCode, int frameworkVersion, Integer timeLimitMinutes, int itemsPerPage, List<String> positions, List<String> subjects, long rowVersion, Instant createdAt, Instant publishedAt, List<ItemView> items, List<ThresholdView> thresholds) {
            this.id = id;
            this.code = code;
            this.version = version;
            this.title = title;
            this.description = description;
            this.kind = kind;
            this.status = status;
            this.frameworkCode = frameworkCode;
            this.frameworkVersion = frameworkVersion;
            this.timeLimitMinutes = timeLimitMinutes;
            this.itemsPerPage = itemsPerPage;
            this.positions = positions;
            this.subjects = subjects;
            this.rowVersion = rowVersion;
            this.createdAt = createdAt;
            this.publishedAt = publishedAt;
            this.items = items;
            this.thresholds = thresholds;
        }

        public long getId() {
            return id;
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

        public String getFrameworkCode() {
            return frameworkCode;
        }

        public int getFrameworkVersion() {
            return frameworkVersion;
        }

        public Integer getTimeLimitMinutes() {
            return timeLimitMinutes;
        }

        public int getItemsPerPage() {
            return itemsPerPage;
        }

        public List<String> getPositions() {
            return positions;
        }

        public List<String> getSubjects() {
            return subjects;
        }

        public long getRowVersion() {
            return rowVersion;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }

        public Instant getPublishedAt() {
            return publishedAt;
        }

        public List<ItemView> getItems() {
            return items;
        }

        public boolean isDraft() {
            return status == Lifecycle.DRAFT;
        }

        public List<ThresholdView> getThresholds() {
            return thresholds;
        }
    }

    /** An item with its competency, weight and scored options. */
    public static class ItemView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final int position;
        private final String text;
        private final ItemKind kind;
        private final String competencyCode;
        private final String competencyName;
        private final BigDecimal weight;
        private final List<OptionView> options;

        ItemView(long id, int position, String text, ItemKind kind, String competencyCode, String competencyName, BigDecimal weight, List<OptionView> options) {
            this.id = id;
            this.position = position;
            this.text = text;
            this.kind = kind;
            this.competencyCode = competencyCode;
            this.competencyName = competencyName;
            this.weight = weight;
            this.options = options;
        }

        public long getId() {
            return id;
        }

        public int getPosition() {
            return position;
        }

        public String getText() {
            return text;
        }

        public ItemKind getKind() {
            return kind;
        }

        public String getCompetencyCode() {
            return competencyCode;
        }

        public String getCompetencyName() {
            return competencyName;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public List<OptionView> getOptions() {
            return options;
        }

        public int getOptionCount() {
            return options.size();
        }

        public int getCorrectCount() {
            return (int) options.stream().filter(OptionView::isCorrect).count();
        }
    }

    /** An answer option with its score (positive means correct). */
    public static class OptionView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String text;
        private final BigDecimal score;

        OptionView(long id, String text, BigDecimal score) {
            this.id = id;
            this.text = text;
            this.score = score;
        }

        public long getId() {
            return id;
        }

        public String getText() {
            return text;
        }

        public BigDecimal getScore() {
            return score;
        }

        public boolean isCorrect() {
            return score.signum() > 0;
        }
    }

    /** The levels of a competency the instrument measures; custom when the author changed the defaults. */
    public static class ThresholdView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String competencyCode;
        private final String competencyName;
        private final BigDecimal deficitBelow;
        private final BigDecimal proficientFrom;
        private final boolean custom;
        private final int itemCount;

        ThresholdView(String competencyCode, String competencyName, BigDecimal deficitBelow, BigDecimal proficientFrom, boolean custom, int itemCount) {
            this.competencyCode = competencyCode;
            this.competencyName = competencyName;
            this.deficitBelow = deficitBelow;
            this.proficientFrom = proficientFrom;
            this.custom = custom;
            this.itemCount = itemCount;
        }

        public String getCompetencyCode() {
            return competencyCode;
        }

        public String getCompetencyName() {
            return competencyName;
        }

        public BigDecimal getDeficitBelow() {
            return deficitBelow;
        }

        public BigDecimal getProficientFrom() {
            return proficientFrom;
        }

        public boolean isCustom() {
            return custom;
        }

        public int getItemCount() {
            return itemCount;
        }
    }
}
