package ru.trajectory.diagnostics.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * What an author typed, before validation: the editor's forms bind to these and keep them
 * across a refused save, and the API's JSON is read into them. Kinds stay strings so that an
 * unknown value becomes a field error rather than a conversion failure.
 */
public final class AuthoringInput {

    private AuthoringInput() {
    }

    /** An instrument's header, and for a whole-instrument write its items and thresholds too. */
    public static class InstrumentInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String title;
        private String kind;
        private String description;
        private Integer timeLimitMinutes;
        private Integer itemsPerPage = 5;
        private List<String> positions = new ArrayList<>();
        private List<String> subjects = new ArrayList<>();
        private List<ItemInput> items = new ArrayList<>();
        private List<ThresholdInput> thresholds = new ArrayList<>();

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public Integer getTimeLimitMinutes() {
            return timeLimitMinutes;
        }

        public void setTimeLimitMinutes(Integer timeLimitMinutes) {
            this.timeLimitMinutes = timeLimitMinutes;
        }

        public Integer getItemsPerPage() {
            return itemsPerPage;
        }

        public void setItemsPerPage(Integer itemsPerPage) {
            this.itemsPerPage = itemsPerPage;
        }

        public List<String> getPositions() {
            return positions;
        }

        public void setPositions(List<String> positions) {
            this.positions = positions == null ? new ArrayList<>() : new ArrayList<>(positions);
        }

        public List<String> getSubjects() {
            return subjects;
        }

        public void setSubjects(List<String> subjects) {
            this.subjects = subjects == null ? new ArrayList<>() : new ArrayList<>(subjects);
        }

        public List<ItemInput> getItems() {
            return items;
        }

        public void setItems(List<ItemInput> items) {
            this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
        }

        public List<ThresholdInput> getThresholds() {
            return thresholds;
        }

        public void setThresholds(List<ThresholdInput> thresholds) {
            this.thresholds = thresholds == null ? new ArrayList<>() : new ArrayList<>(thresholds);
        }
    }

    /** One item with its options. */
    public static class ItemInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private String kind;
        private String competencyCode;
        private BigDecimal weight = BigDecimal.ONE;
        private List<OptionInput> options = new ArrayList<>();

        public ItemInput() {
        }

        public ItemInput(String text, String kind, String competencyCode, BigDecimal weight) {
            this.text = text;
            this.kind = kind;
            this.competencyCode = competencyCode;
            this.weight = weight;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getCompetencyCode() {
            return competencyCode;
        }

        public void setCompetencyCode(String competencyCode) {
            this.competencyCode = competencyCode;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        public List<OptionInput> getOptions() {
            return options;
        }

        public void setOptions(List<OptionInput> options) {
            this.options = options == null ? new ArrayList<>() : new ArrayList<>(options);
        }
    }

    /** An answer option: its text and score (positive means correct; negative penalises guessing). */
    public static class OptionInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private String text;
        private BigDecimal score = BigDecimal.ZERO;

        public OptionInput() {
        }

        public OptionInput(String text, BigDecimal score) {
            this.text = text;
            this.score = score;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public BigDecimal getScore() {
            return score;
        }

        public void setScore(BigDecimal score) {
            this.score = score;
        }

        /** The editor's «верный» toggle: a correct option scores 1, any other 0. */
        public boolean isCorrect() {
            return score != null && score.signum() > 0;
        }

        public void setCorrect(boolean correct) {
            this.score = correct ? BigDecimal.ONE : BigDecimal.ZERO;
        }
    }

    /** Levels of one competency: deficit below, proficient from (percent). */
    public static class ThresholdInput implements Serializable {

        private static final long serialVersionUID = 1L;

        private String competencyCode;
        private BigDecimal deficitBelow;
        private BigDecimal proficientFrom;

        public ThresholdInput() {
        }

        public ThresholdInput(String competencyCode, BigDecimal deficitBelow, BigDecimal proficientFrom) {
            this.competencyCode = competencyCode;
            this.deficitBelow = deficitBelow;
            this.proficientFrom = proficientFrom;
        }

        public String getCompetencyCode() {
            return competencyCode;
        }

        public void setCompetencyCode(String competencyCode) {
            this.competencyCode = competencyCode;
        }

        public BigDecimal getDeficitBelow() {
            return deficitBelow;
        }

        public void setDeficitBelow(BigDecimal deficitBelow) {
            this.deficitBelow = deficitBelow;
        }

        public BigDecimal getProficientFrom() {
            return proficientFrom;
        }

        public void setProficientFrom(BigDecimal proficientFrom) {
            this.proficientFrom = proficientFrom;
        }
    }
}
