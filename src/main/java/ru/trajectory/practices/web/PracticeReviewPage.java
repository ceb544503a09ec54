package ru.trajectory.practices.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.SchoolDirectory;
import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.ReviewCriterion;
import ru.trajectory.practices.entity.TargetGroup;
import ru.trajectory.practices.service.PracticeAttachments;
import ru.trajectory.practices.service.PracticeAuthoring;
import ru.trajectory.practices.service.PracticeReview;
import ru.trajectory.practices.service.PracticeView;
import ru.trajectory.practices.service.ScoreInput;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.web.PageMessages;

/**
 * The expert's page: the practice as submitted, a score from 1 to 5 and a comment per
 * criterion, an overall comment, and the decision — publish (every criterion scored) or return
 * for changes (with a comment). The service decides who may review (a methodologist of the
 * practice's region who is not its author); a refused decision keeps everything typed.
 */
@Named
@ViewScoped
public class PracticeReviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One criterion of the review form. */
    public static final class ScoreRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String criterion;
        private Integer score;
        private String comment;
        /** Set after a refused decision that needed this score, so the row stands out. */
        private boolean missing;

        ScoreRow(ReviewCriterion criterion) {
            this.criterion = criterion.name();
        }

        /** A {@link ReviewCriterion} name. */
        public String getCriterion() {
            return criterion;
        }

        public Integer getScore() {
            return score;
        }

        public void setScore(Integer score) {
            this.score = score;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }

        public boolean isMissing() {
            return missing;
        }

        boolean hasComment() {
            return comment != null && !comment.isBlank();
        }
    }

    @Inject
    PracticeAuthoring authoring;

    @Inject
    PracticeReview review;

    @Inject
    PracticeAttachments attachments;

    @Inject
    People people;

    @Inject
    SchoolDirectory schools;

    @Inject
    CurrentCaller caller;

    private String id;
    private long practiceId;
    private String status;
    private String title;
    private String summary;
    private String body;
    private String problem;
    private String evidence;
    private List<String> subjects;
    private List<String> levels;
    private List<String> competencies;
    private List<String> tags;
    private List<String> targetGroups;
    private String authorNames;
    private String schoolName;
    private String submitted;
    private List<PracticeEditor.Material> materials;

    private final List<ScoreRow> scores = new ArrayList<>(
            Arrays.stream(ReviewCriterion.values()).map(ScoreRow::new).toList());
    private String comment;

    /**
     * Reading the practice's review history is what the service allows its reviewers (and its
     * authors); anyone else gets the 403 page here. An author is refused too: nobody reviews
     * their own practice, and the service would refuse the decision anyway.
     */
    public void load() {
        Long parsed = Ids.parse(id);
        if (parsed == null) {
            throw new NotFoundException("Практика не найдена");
        }
        PracticeView p = authoring.find(parsed);
        review.reviews(parsed);
        Long me = caller.get().personId();
        if (me != null && p.authors().stream().anyMatch(a -> a.personId() == me)) {
            throw new AccessDeniedException("Эксперт не проводит экспертизу собственной практики");
        }
        practiceId = p.id();
        status = p.status();
        title = p.title();
        summary = p.summary();
        body = p.body();
        problem = p.problem();
        evidence = p.evidence();
        subjects = p.subjects().stream().sorted().toList();
        levels = inOrder(p.levels(), EducationLevel.class);
        competencies = p.competencyCodes().stream().sorted().toList();
        tags = p.tags().stream().sorted().toList();
        targetGroups = inOrder(p.targetGroups(), TargetGroup.class);
        authorNames = String.join(", ", p.authors().stream()
                .map(a -> people.fullName(a.personId()).orElse("—")).toList());
        schoolName = p.schoolId() == null ? null : schools.school(p.schoolId()).name();
        submitted = PracticeDates.dateTime(p.updatedAt());
        materials = attachments.of(practiceId).stream().map(PracticeEditor.Material::new).toList();
    }

    /** «Опубликовать»: back to the queue with a confirmation, or the refusal beside the criteria. */
    public String publish() {
        return decide(true);
    }

    /** «Вернуть на доработку». */
    public String returnForChanges() {
        return decide(false);
    }

    private String decide(boolean publish) {
        List<ScoreInput> input = new ArrayList<>();
        for (ScoreRow row : scores) {
            // A comment without a score is sent as it is: the service explains what is missing.
            if (row.score != null || row.hasComment()) {
                input.add(new ScoreInput(row.criterion, row.score, row.comment));
            }
        }
        try {
            if (publish) {
                review.publish(practiceId, input, comment);
                PageMessages.keep(PageMessages.text("practices.review.published") + " «" + title + "»");
            } else {
                review.returnWith(practiceId, input, comment);
                PageMessages.keep(PageMessages.text("practices.review.returned") + " «" + title + "»");
            }
            return "/practices/queue?faces-redirect=true";
        } catch (ValidationFailure e) {
            for (ScoreRow row : scores) {
                row.missing = row.score == null && (publish || row.hasComment());
            }
            FormMessages.joined(e, field -> switch (field) {
                case "comment" -> "review-form:comment";
                case "scores" -> "review-form:scores";
                default -> null;
            });
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        return null;
    }

    private static <E extends Enum<E>> List<String> inOrder(Set<String> names, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(names::contains).toList();
    }

    /** Only a practice on review gets the form; a decided one says so instead. */
    public boolean isOnReview() {
        return "ON_REVIEW".equals(status);
    }

    public List<Integer> getScale() {
        return List.of(1, 2, 3, 4, 5);
    }

    public List<ScoreRow> getScores() {
        return scores;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getPracticeId() {
        return practiceId;
    }

    public String getStatus() {
        return status;
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

    public List<String> getSubjects() {
        return subjects;
    }

    public List<String> getLevels() {
        return levels;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public List<String> getTags() {
        return tags;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public String getAuthorNames() {
        return authorNames;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public String getSubmitted() {
        return submitted;
    }

    public List<PracticeEditor.Material> getMaterials() {
        return materials;
    }
}
