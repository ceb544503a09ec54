package ru.trajectory.diagnostics.service;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import ru.trajectory.diagnostics.entity.AttemptStatus;
import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.entity.ItemKind;
import ru.trajectory.diagnostics.entity.Level;

/**
 * What pages and the API receive about instruments and attempts. Nothing here carries an
 * option's score: correct answers never reach the browser.
 */
public final class AttemptViews {

    private AttemptViews() {
    }

    /** An instrument a person may take, with their open attempt if there is one. */
    public static class InstrumentCard implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String code;
        private final int version;
        private final String title;
        private final String description;
        private final InstrumentKind kind;
        private final int itemCount;
        private final Integer timeLimitMinutes;
        private final Long openAttemptId;
        private final Instant lastFinishedAt;

        InstrumentCard(long id, String code, int version, String title, String description, InstrumentKind kind,
                       int itemCount, Integer timeLimitMinutes, Long openAttemptId, Instant lastFinishedAt) {
            this.id = id;
            this.code = code;
            this.version = version;
            this.title = title;
            this.description = description;
            this.kind = kind;
            this.itemCount = itemCount;
            this.timeLimitMinutes = timeLimitMinutes;
            this.openAttemptId = openAttemptId;
            this.lastFinishedAt = lastFinishedAt;
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

        public int getItemCount() {
            return itemCount;
        }

        public Integer getTimeLimitMinutes() {
            return timeLimitMinutes;
        }

        public Long getOpenAttemptId() {
            return openAttemptId;
        }

        public Instant getLastFinishedAt() {
            return lastFinishedAt;
        }
    }

    /** An option as the person taking the test sees it: text only. */
    public static class OptionView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String text;

        OptionView(long id, String text) {
            this.id = id;
            this.text = text;
        }

        public long getId() {
            return id;
        }

        public String getText() {
            return text;
        }
    }

    /** A question with the answer saved so far. */
    public static class QuestionView implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long itemId;
        private final int position;
        private final String text;
        private final ItemKind kind;
        private final List<OptionView> options;
        private final List<Long> chosenOptionIds;
        private final Integer scaleValue;

        QuestionView(long itemId, int position, String text, ItemKind kind, List<OptionView> options,
                     List<Long> chosenOptionIds, Integer scaleValue) {
            this.itemId = itemId;
            this.position = position;
            this.text = text;
            this.kind = kind;
            this.options = options;
            this.chosenOptionIds = chosenOptionIds;
            this.scaleValue = scaleValue;
        }

        public long getItemId() {
            return itemId;
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

        public List<OptionView> getOptions() {
            return options;
        }

        public List<Long> getChosenOptionIds() {
            return chosenOptionIds;
        }

        /** The chosen option of a single-choice item, or null. */
        public Long getChosenOptionId() {
            return chosenOptionIds.isEmpty() ? null : chosenOptionIds.get(0);
        }

        public Integer getScaleValue() {
            return scaleValue;
        }

        public boolean isAnswered() {
            return !chosenOptionIds.isEmpty() || scaleValue != null;
        }
    }

    /** One page of an open attempt. */
    public static class AttemptPage implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long attemptId;
        private final String instrumentTitle;
        private final InstrumentKind kind;
        private final int pageIndex;
        private final int pageCount;
        private final int itemCount;
        private final int answeredCount;
        private final Instant deadlineAt;
        private final Long secondsLeft;
        private final List<QuestionView> questions;

        AttemptPage(long attemptId, String instrumentTitle, InstrumentKind kind, int pageIndex, int pageCount,
                    int itemCount, int answeredCount, Instant deadlineAt, Long secondsLeft, List<QuestionView> questions) {
            this.attemptId = attemptId;
            this.instrumentTitle = instrumentTitle;
            this.kind = kind;
            this.pageIndex = pageIndex;
            this.pageCount = pageCount;
            this.itemCount = itemCount;
            this.answeredCount = answeredCount;
            this.deadlineAt = deadlineAt;
            this.secondsLeft = secondsLeft;
            this.questions = questions;
        }

        public long getAttemptId() {
            return attemptId;
        }

        public String getInstrumentTitle() {
            return instrumentTitle;
        }

        public InstrumentKind getKind() {
            return kind;
        }

        public int getPageIndex() {
            return pageIndex;
        }

        public int getPageCount() {
            return pageCount;
        }

        public int getItemCount() {
            return itemCount;
        }

        public int getAnsweredCount() {
            return answeredCount;
        }

        public Instant getDeadlineAt() {
            return deadlineAt;
        }

        public Long getSecondsLeft() {
            return secondsLeft;
        }

        public List<QuestionView> getQuestions() {
            return questions;
        }

        public boolean isLastPage() {
            return pageIndex >= pageCount - 1;
        }
    }

    /** The result of one competency in a finished attempt. */
    public static class CompetencyResult implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String name;
        private final String area;
        private final BigDecimal scorePercent;
        private final Level level;

        CompetencyResult(String code, CompetencyNames.Name name, BigDecimal scorePercent, Level level) {
            this.code = code;
            this.name = name == null ? code : name.getName();
            this.area = name == null ? "" : name.getArea();
            this.scorePercent = scorePercent;
            this.level = level;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getArea() {
            return area;
        }

        public BigDecimal getScorePercent() {
            return scorePercent;
        }

        public Level getLevel() {
            return level;
        }
    }

    /** A finished (or still open) attempt with its results, for the result page and the history. */
    public static class AttemptSummary implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long attemptId;
        private final long instrumentId;
        private final String instrumentTitle;
        private final int instrumentVersion;
        private final InstrumentKind kind;
        private final AttemptStatus status;
        private final Instant startedAt;
        private final Instant finishedAt;
        private final List<CompetencyResult> results;

        AttemptSummary(long attemptId, long instrumentId, String instrumentTitle, int instrumentVersion,
                       InstrumentKind kind, AttemptStatus status, Instant startedAt, Instant finishedAt,
                       List<CompetencyResult> results) {
            this.attemptId = attemptId;
            this.instrumentId = instrumentId;
            this.instrumentTitle = instrumentTitle;
            this.instrumentVersion = instrumentVersion;
            this.kind = kind;
            this.status = status;
            this.startedAt = startedAt;
            this.finishedAt = finishedAt;
            this.results = results;
        }

        public long getAttemptId() {
            return attemptId;
        }

        public long getInstrumentId() {
            return instrumentId;
        }

        public String getInstrumentTitle() {
            return instrumentTitle;
        }

        public int getInstrumentVersion() {
            return instrumentVersion;
        }

        public InstrumentKind getKind() {
            return kind;
        }

        public AttemptStatus getStatus() {
            return status;
        }

        public Instant getStartedAt() {
            return startedAt;
        }

        public Instant getFinishedAt() {
            return finishedAt;
        }

        public List<CompetencyResult> getResults() {
            return results;
        }

        public boolean isOpen() {
            return status == AttemptStatus.IN_PROGRESS;
        }
    }

    /** One answer as a page or the API submits it: chosen option ids, or a 1–5 scale value. */
    public record AnswerInput(long itemId, java.util.Set<Long> optionIds, Integer scale) {
    }
}
