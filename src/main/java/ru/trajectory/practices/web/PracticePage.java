package ru.trajectory.practices.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.identity.entity.Role;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.service.People;
import ru.trajectory.organizations.service.SchoolDirectory;
import ru.trajectory.practices.entity.PracticeApplication;
import ru.trajectory.practices.entity.PracticeAttachment;
import ru.trajectory.practices.entity.PracticeReviewRecord;
import ru.trajectory.practices.entity.ReviewDecision;
import ru.trajectory.practices.search.SearchResult;
import ru.trajectory.practices.service.PracticeAttachments;
import ru.trajectory.practices.service.PracticeAuthoring;
import ru.trajectory.practices.service.PracticeReview;
import ru.trajectory.practices.service.PracticeSearch;
import ru.trajectory.practices.service.PracticeUse;
import ru.trajectory.practices.service.PracticeView;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.web.PageMessages;

/**
 * A practice as its readers see it: authors, school, review score, the text, materials, who
 * applies it and what happened in their classes, «похожие практики»; a teacher marks
 * «применяю» here with their feedback. Drafts open only for those the service lets see them.
 */
@Named
@ViewScoped
public class PracticePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final int RELATED = 5;

    /** An application with its teacher's name, for the feedback list. */
    public record Feedback(String teacher, String text, Instant at) implements Serializable {
    }

    /** A material to download. */
    public record Material(long id, String fileName, long sizeBytes) implements Serializable {
    }

    @Inject
    PracticeAuthoring authoring;

    @Inject
    PracticeReview review;

    @Inject
    PracticeUse use;

    @Inject
    PracticeAttachments attachments;

    @Inject
    PracticeSearch search;

    @Inject
    People people;

    @Inject
    SchoolDirectory schools;

    @Inject
    CurrentCaller caller;

    private String id;
    private PracticeView practice;
    private List<String> authorNames;
    private String schoolName;
    private List<Material> materials;
    private List<Feedback> feedback;
    private boolean appliedByMe;
    /** The decisive review with its scores, for authors and reviewers; null for everyone else. */
    private PracticeReviewRecord lastReview;
    private List<SearchResult.Hit> related;
    private String myFeedback;

    public void load() {
        Long practiceId = Ids.parse(id);
        if (practiceId == null) {
            throw new NotFoundException("Практика не найдена");
        }
        practice = authoring.find(practiceId);
        authorNames = practice.authors().stream()
                .map(a -> people.fullName(a.personId()).orElse("—")).toList();
        schoolName = practice.schoolId() == null ? null : schools.school(practice.schoolId()).name();
        materials = attachments.of(practiceId).stream()
                .map(a -> new Material(a.getId(), a.getFileName(), a.getSizeBytes())).toList();
        List<PracticeApplication> applications = use.of(practiceId);
        Long me = caller.get().personId();
        appliedByMe = me != null && applications.stream().anyMatch(a -> me.equals(a.getPersonId()));
        feedback = applications.stream()
                .map(a -> new Feedback(people.fullName(a.getPersonId()).orElse("—"), a.getFeedback(), a.getCreatedAt()))
                .toList();
        lastReview = isAuthor() || isReviewer() ? latestReview(practiceId) : null;
        related = relatedOrNone(practiceId);
    }

    /** «Применяю»: the feedback stays in the box when it is refused. */
    public void apply() {
        try {
            use.apply(practice.id(), myFeedback);
            myFeedback = null;
            PageMessages.info(PageMessages.text("practices.page.applied"));
            load();
        } catch (ValidationFailure e) {
            PageMessages.fields(e, field -> "apply-form:feedback");
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
    }

    public void archive() {
        try {
            review.archive(practice.id());
            PageMessages.info(PageMessages.text("practices.page.archived"));
            load();
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
    }

    /** A methodologist of another region reads the practice but not its expert reports. */
    private PracticeReviewRecord latestReview(long practiceId) {
        try {
            return review.reviews(practiceId).stream().findFirst().orElse(null);
        } catch (AccessDeniedException e) {
            return null;
        }
    }

    /** The search may still be opening at start-up; the page is complete without «похожие». */
    private List<SearchResult.Hit> relatedOrNone(long practiceId) {
        try {
            return search.related(practiceId, RELATED);
        } catch (ConflictException e) {
            return List.of();
        }
    }

    public boolean isAuthor() {
        Long me = caller.get().personId();
        return me != null && practice.authors().stream().anyMatch(a -> a.personId() == me);
    }

    /** A methodologist who may review or archive it; the service decides again on every action. */
    public boolean isReviewer() {
        return caller.get().has(Role.METHODOLOGIST) || caller.get().isAdmin();
    }

    public boolean isEditable() {
        return isAuthor() && ("DRAFT".equals(practice.status()) || "RETURNED".equals(practice.status()));
    }

    public boolean isPublished() {
        return "PUBLISHED".equals(practice.status());
    }

    public boolean isMayApply() {
        return isPublished() && !isAuthor() && !appliedByMe
                && (caller.get().has(Role.TEACHER) || caller.get().has(Role.MENTOR));
    }

    public boolean isPublishedReview() {
        return lastReview != null && lastReview.getDecision() == ReviewDecision.PUBLISHED;
    }

    public BigDecimal getScore() {
        return practice.reviewScore();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public PracticeView getPractice() {
        return practice;
    }

    public List<String> getAuthorNames() {
        return authorNames;
    }

    public String getSchoolName() {
        return schoolName;
    }

    public List<Material> getMaterials() {
        return materials;
    }

    public List<Feedback> getFeedback() {
        return feedback;
    }

    public boolean isAppliedByMe() {
        return appliedByMe;
    }

    public PracticeReviewRecord getLastReview() {
        return lastReview;
    }

    public List<SearchResult.Hit> getRelated() {
        return related;
    }

    public String getMyFeedback() {
        return myFeedback;
    }

    public void setMyFeedback(String myFeedback) {
        this.myFeedback = myFeedback;
    }
}
