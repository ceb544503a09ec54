package ru.trajectory.diagnostics.web;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.entity.ItemKind;
import ru.trajectory.diagnostics.service.AttemptViews.AnswerInput;
import ru.trajectory.diagnostics.service.AttemptViews.AttemptPage;
import ru.trajectory.diagnostics.service.AttemptViews.OptionView;
import ru.trajectory.diagnostics.service.AttemptViews.QuestionView;
import ru.trajectory.diagnostics.service.Attempts;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.FieldError;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * One page of an open attempt. Every change of an answer is saved at once by ajax, so what
 * the page shows after a reload (or in a new session) is what the server holds. The deadline
 * is the server's: the page only shows the time left and asks the server again now and then.
 */
@Named
@ViewScoped
public class TakeAttempt implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Attempts attempts;

    @Inject
    Clock clock;

    private String id;
    private String page;
    private long attemptId;
    private AttemptPage current;
    private List<AnswerModel> answers = List.of();
    private int answeredElsewhere;
    private Instant deadlineAt;
    private Long secondsLeft;
    private String conflict;

    public void load() {
        attemptId = DiagnosticIds.parse(id, "Прохождение не найдено");
        int pageIndex = DiagnosticIds.pageNumber(page) - 1;
        try {
            current = attempts.page(attemptId, pageIndex);
        } catch (ConflictException e) {
            conflict = e.getMessage();
            return;
        }
        answers = new ArrayList<>();
        int answeredHere = 0;
        for (QuestionView q : current.getQuestions()) {
            answers.add(new AnswerModel(q));
            answeredHere += q.isAnswered() ? 1 : 0;
        }
        answeredElsewhere = current.getAnsweredCount() - answeredHere;
        deadlineAt = current.getDeadlineAt();
        secondsLeft = current.getSecondsLeft();
    }

    /** Saves one answer as soon as it changes; the page shows «Сохранено» or why not. */
    public void save(AnswerModel answer) {
        if (conflict != null) {
            return;
        }
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            attempts.answer(attemptId, answer.input());
            answer.markSaved(clock.instant());
        } catch (ValidationFailure failure) {
            answer.markFailed(failure.getErrors().stream().map(FieldError::message).reduce((a, b) -> a + " " + b).orElse(""));
            context.validationFailed();
        } catch (ConflictException e) {
            conflict = e.getMessage();
            answer.markFailed(e.getMessage());
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
        }
        refreshTimeLeft();
    }

    /** The poll's listener: the remaining time as the server's clock sees it. */
    public void tick() {
        refreshTimeLeft();
    }

    /** Goes to another page after the queued saves (PrimeFaces sends ajax requests one by one). */
    public String goTo(int pageNumber) {
        return "/diagnostics/attempt?faces-redirect=true&id=" + attemptId + "&page=" + pageNumber;
    }

    public String finish() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            attempts.submit(attemptId);
            return "/diagnostics/result?faces-redirect=true&id=" + attemptId;
        } catch (ConflictException e) {
            conflict = e.getMessage();
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
            return null;
        } catch (ValidationFailure failure) {
            failure.getErrors().forEach(f -> context.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, f.message(), null)));
            return null;
        }
    }

    private void refreshTimeLeft() {
        if (deadlineAt != null) {
            secondsLeft = Math.max(0, Duration.between(clock.instant(), deadlineAt).toSeconds());
        }
    }

    public int getAnsweredCount() {
        return answeredElsewhere + (int) answers.stream().filter(AnswerModel::isAnswered).count();
    }

    public int getUnansweredCount() {
        return current == null ? 0 : current.getItemCount() - getAnsweredCount();
    }

    /** The text of the confirmation before submitting, naming what is still unanswered. */
    public String getFinishQuestion() {
        ResourceBundle msg = bundle();
        int left = getUnansweredCount();
        return left == 0 ? msg.getString("diag.attempt.confirmAll")
                : java.text.MessageFormat.format(msg.getString("diag.attempt.confirmLeft"), left, current.getItemCount());
    }

    /** «12 мин», or «меньше минуты» at the end. */
    public String getTimeLeftText() {
        if (secondsLeft == null) {
            return "";
        }
        ResourceBundle msg = bundle();
        if (secondsLeft <= 0) {
            return msg.getString("diag.attempt.timeOver");
        }
        if (secondsLeft < 60) {
            return msg.getString("diag.attempt.lessThanMinute");
        }
        return java.text.MessageFormat.format(msg.getString("diag.attempt.minutesLeft"), (secondsLeft + 59) / 60);
    }

    public boolean isTimeOver() {
        return secondsLeft != null && secondsLeft <= 0;
    }

    public boolean isTimeShort() {
        return secondsLeft != null && secondsLeft < 300;
    }

    public boolean isTimed() {
        return current != null && secondsLeft != null;
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public long getAttemptId() {
        return attemptId;
    }

    public AttemptPage getCurrent() {
        return current;
    }

    public List<AnswerModel> getAnswers() {
        return answers;
    }

    public Instant getDeadlineAt() {
        return deadlineAt;
    }

    public Long getSecondsLeft() {
        return secondsLeft;
    }

    public String getConflict() {
        return conflict;
    }

    /** The 1–5 scale with its worded ends, typed as integers so no converter is needed. */
    public List<jakarta.faces.model.SelectItem> getScaleItems() {
        ResourceBundle msg = bundle();
        List<jakarta.faces.model.SelectItem> items = new ArrayList<>();
        for (int value = 1; value <= 5; value++) {
            items.add(new jakarta.faces.model.SelectItem(value, msg.getString("diag.scale." + value)));
        }
        return items;
    }

    public boolean isSelfAssessment() {
        return current != null && current.getKind() == InstrumentKind.SELF_ASSESSMENT;
    }

    /** 1-based number of the page shown. */
    public int getPageNumber() {
        return current == null ? 1 : current.getPageIndex() + 1;
    }

    /**
     * What one question's inputs are bound to. Typed properties let Faces convert the submitted
     * option ids and scale values without converters in the view.
     */
    public static class AnswerModel implements Serializable {

        private static final long serialVersionUID = 1L;

        private final QuestionView question;
        private Long single;
        private Long[] multiple;
        private Integer scale;
        private Instant savedAt;
        private String error;

        AnswerModel(QuestionView question) {
            this.question = question;
            this.single = question.getKind() == ItemKind.SINGLE ? question.getChosenOptionId() : null;
            this.multiple = question.getKind() == ItemKind.MULTIPLE
                    ? question.getChosenOptionIds().toArray(new Long[0]) : new Long[0];
            this.scale = question.getScaleValue();
        }

        AnswerInput input() {
            Set<Long> options = new LinkedHashSet<>();
            if (question.getKind() == ItemKind.SINGLE && single != null) {
                options.add(single);
            } else if (question.getKind() == ItemKind.MULTIPLE && multiple != null) {
                Arrays.stream(multiple).filter(Objects::nonNull).forEach(options::add);
            }
            return new AnswerInput(question.getItemId(), options,
                    question.getKind() == ItemKind.SCALE ? scale : null);
        }

        void markSaved(Instant at) {
            savedAt = at;
            error = null;
        }

        void markFailed(String message) {
            savedAt = null;
            error = message;
        }

        public boolean isAnswered() {
            return switch (question.getKind()) {
                case SINGLE -> single != null;
                case MULTIPLE -> multiple != null && multiple.length > 0;
                case SCALE -> scale != null;
            };
        }

        public QuestionView getQuestion() {
            return question;
        }

        public List<OptionView> getOptions() {
            return question.getOptions();
        }

        public String getKind() {
            return question.getKind().name();
        }

        public Long getSingle() {
            return single;
        }

        public void setSingle(Long single) {
            this.single = single;
        }

        public Long[] getMultiple() {
            return multiple;
        }

        public void setMultiple(Long[] multiple) {
            this.multiple = multiple;
        }

        public Integer getScale() {
            return scale;
        }

        public void setScale(Integer scale) {
            this.scale = scale;
        }

        public Instant getSavedAt() {
            return savedAt;
        }

        public String getError() {
            return error;
        }
    }
}
