package ru.trajectory.practices.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import ru.trajectory.diagnostics.web.CompetencyOptions;
import ru.trajectory.diagnostics.service.CompetencyNames;
import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.organizations.service.People;
import ru.trajectory.practices.entity.EducationLevel;
import ru.trajectory.practices.entity.PracticeAttachment;
import ru.trajectory.practices.entity.ReviewDecision;
import ru.trajectory.practices.entity.TargetGroup;
import ru.trajectory.practices.service.CoAuthorCandidates;
import ru.trajectory.practices.service.PracticeAttachments;
import ru.trajectory.practices.service.PracticeAuthoring;
import ru.trajectory.practices.service.PracticeInput;
import ru.trajectory.practices.service.PracticeReview;
import ru.trajectory.practices.service.PracticeView;
import ru.trajectory.platform.api.Ids;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;
import ru.trajectory.platform.web.PageMessages;

/**
 * An author's practice form: text, rich-text body, tags, co-authors and materials, saved as a
 * draft or sent to the experts. A refused save keeps every typed value and puts each message
 * beside its field. The version the author started from travels with every save, so a
 * co-author's newer edit is refused rather than overwritten. A returned practice shows the
 * expert's comments above the form.
 */
@Named
@ViewScoped
public class PracticeEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("title", "practice-form:title"),
            Map.entry("summary", "practice-form:summary"), Map.entry("body", "practice-form:body"),
            Map.entry("problem", "practice-form:problem"), Map.entry("evidence", "practice-form:evidence"),
            Map.entry("subjects", "practice-form:subjects"), Map.entry("levels", "practice-form:levels"),
            Map.entry("competencyCodes", "practice-form:competencies"), Map.entry("tags", "practice-form:tags"),
            Map.entry("targetGroups", "practice-form:targetGroups"), Map.entry("authorIds", "practice-form:coAuthors"));

    private static final String FILE_FIELD = "attachments-form:file";

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** A stored material in the list under the form. */
    public static final class Material implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String fileName;
        private final long sizeBytes;

        Material(PracticeAttachment a) {
            this.id = a.getId();
            this.fileName = a.getFileName();
            this.sizeBytes = a.getSizeBytes();
        }

        public long getId() {
            return id;
        }

        public String getFileName() {
            return fileName;
        }

        /** Size as people read it: «350 КБ», «2,4 МБ». */
        public String getSize() {
            if (sizeBytes < 1024 * 1024) {
                return Math.max(1, Math.round(sizeBytes / 1024.0)) + " КБ";
            }
            return String.format(RUSSIAN, "%.1f МБ", sizeBytes / (1024.0 * 1024));
        }
    }

    @Inject
    PracticeAuthoring authoring;

    @Inject
    PracticeReview review;

    @Inject
    PracticeAttachments attachments;

    @Inject
    CoAuthorCandidates coAuthorCandidates;

    @Inject
    People people;

    @Inject
    CompetencyNames competencyNames;

    @Inject
    CurrentCaller caller;

    private String id;
    private Long practiceId;
    private String status;
    /** The row version the author started from; sent with every save (PracticeView.version). */
    private Long version;
    private String savedTitle;

    private String title;
    private String summary;
    private String body;
    private String problem;
    private String evidence;
    private List<String> subjects = new ArrayList<>();
    private List<String> levels = new ArrayList<>();
    private List<String> competencies = new ArrayList<>();
    private List<String> tags = new ArrayList<>();
    private List<String> targetGroups = new ArrayList<>();
    private List<String> coAuthors = new ArrayList<>();

    private List<SelectItem> subjectOptions;
    private List<SelectItem> competencyOptions;
    private List<SelectItem> coAuthorOptions;
    private ReviewNotes returnedWith;
    private List<Material> materials = List.of();

    private transient UploadedFile file;

    /**
     * A new practice without an id; otherwise the practice, which only its authors edit. The
     * service refuses others on saving; the page refuses them already here, so that nobody fills
     * in a form that cannot be saved (403, or 404 for a draft they may not even see).
     */
    public void load() {
        if (id != null && !id.isBlank()) {
            Long parsed = Ids.parse(id);
            if (parsed == null) {
                throw new NotFoundException("Практика не найдена");
            }
            PracticeView practice = authoring.find(parsed);
            if (!isAuthorOf(practice)) {
                throw new AccessDeniedException("Изменять практику могут только её авторы");
            }
            show(practice);
            returnedWith = "RETURNED".equals(status) ? latestReturn() : null;
            materials = materials();
        }
        subjectOptions = AuthoringOptions.subjects(people.subjectNames());
        competencyOptions = CompetencyOptions.grouped(competencyNames, competencies);
        coAuthorOptions = coAuthorOptions();
    }

    /** «Сохранить черновик»; a new practice moves to its own address so that a reload does not create it twice. */
    public String save() {
        boolean creating = practiceId == null;
        if (!store()) {
            return null;
        }
        if (creating) {
            PageMessages.keep(PageMessages.text("practices.edit.created"));
            return "/practices/edit?faces-redirect=true&id=" + practiceId;
        }
        PageMessages.info(PageMessages.text("practices.edit.saved"));
        return null;
    }

    /** «Отправить на экспертизу»: saves what is typed, then hands it to the experts. */
    public String submit() {
        if (!store()) {
            return null;
        }
        try {
            review.submit(practiceId);
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
            return null;
        }
        PageMessages.keep(PageMessages.text("practices.edit.submitted"));
        return "/practices/mine?faces-redirect=true";
    }

    /** Creates or updates; false (with the messages on the page) when the service refused. */
    private boolean store() {
        PracticeInput input = new PracticeInput(title, summary, QuillLists.normalize(body), problem, evidence,
                coAuthorIds(), List.copyOf(subjects), List.copyOf(levels), List.copyOf(competencies),
                List.copyOf(tags), List.copyOf(targetGroups));
        try {
            PracticeView saved = practiceId == null ? authoring.create(input)
                    : authoring.update(practiceId, input, version);
            practiceId = saved.id();
            status = saved.status();
            version = saved.version();
            savedTitle = saved.title();
            return true;
        } catch (ValidationFailure e) {
            FormMessages.joined(e, FIELDS::get);
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        return false;
    }

    /** Uploads the chosen file; the service tells the type from the content and refuses what it does not accept. */
    public void upload() {
        try {
            if (file == null || (file.getSize() == 0 && (file.getFileName() == null || file.getFileName().isBlank()))) {
                PageMessages.fields(ValidationFailure.of("file", PageMessages.text("practices.edit.noFile")),
                        f -> FILE_FIELD);
                return;
            }
            PracticeAttachment stored = attachments.attach(practiceId, file.getFileName(), file.getContent());
            besideFile(PageMessages.text("practices.edit.uploaded") + " " + stored.getFileName());
        } catch (ValidationFailure e) {
            PageMessages.fields(e, f -> FILE_FIELD);
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        } finally {
            file = null;
        }
        materials = materials();
    }

    public void remove(long attachmentId) {
        try {
            attachments.remove(attachmentId);
            besideFile(PageMessages.text("practices.edit.removed"));
        } catch (ConflictException | AccessDeniedException | NotFoundException e) {
            PageMessages.error(e);
        }
        materials = materials();
    }

    /** Upload and removal confirmations beside the materials, where the eye is, not at the top of a long page. */
    private static void besideFile(String text) {
        FacesContext.getCurrentInstance().addMessage(FILE_FIELD,
                new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    private void show(PracticeView p) {
        practiceId = p.id();
        status = p.status();
        version = p.version();
        savedTitle = p.title();
        title = p.title();
        summary = p.summary();
        body = p.body();
        problem = p.problem();
        evidence = p.evidence();
        subjects = new ArrayList<>(p.subjects());
        levels = sorted(p.levels(), EducationLevel.class);
        competencies = new ArrayList<>(p.competencyCodes());
        tags = new ArrayList<>(p.tags());
        tags.sort(null);
        targetGroups = sorted(p.targetGroups(), TargetGroup.class);
        coAuthors = new ArrayList<>(p.authors().stream().filter(a -> !a.lead())
                .map(a -> String.valueOf(a.personId())).toList());
    }

    private static <E extends Enum<E>> List<String> sorted(Set<String> names, Class<E> type) {
        return new ArrayList<>(Arrays.stream(type.getEnumConstants()).map(Enum::name).filter(names::contains).toList());
    }

    /** Mirrors PracticeAccess.requireAuthor: an author of the practice or an administrator. */
    private boolean isAuthorOf(PracticeView practice) {
        Caller me = caller.get();
        return me.isAdmin() || me.personId() != null
                && practice.authors().stream().anyMatch(a -> a.personId() == me.personId());
    }

    /** The decision that sent it back: the newest review, which for a returned practice is a return. */
    private ReviewNotes latestReturn() {
        return review.reviews(practiceId).stream().filter(r -> r.getDecision() == ReviewDecision.RETURNED)
                .findFirst().map(ReviewNotes::of).orElse(null);
    }

    private List<Material> materials() {
        return attachments.of(practiceId).stream().map(Material::new).toList();
    }

    /** Colleagues as «Фамилия Имя Отчество (учитель)»; the position tells namesakes apart. */
    private List<SelectItem> coAuthorOptions() {
        return coAuthorCandidates.forCaller(coAuthorIds()).stream()
                .map(c -> new SelectItem(String.valueOf(c.getPersonId()), c.getPosition() == null ? c.getFullName()
                        : c.getFullName() + " (" + PageMessages.text("position." + c.getPosition())
                                .toLowerCase(RUSSIAN) + ")"))
                .toList();
    }

    private List<Long> coAuthorIds() {
        List<Long> ids = new ArrayList<>();
        for (String value : coAuthors) {
            Long parsed = Ids.parse(value);
            // A value that is not an id was not offered by the page; the service reports a null as «не найден».
            ids.add(parsed);
        }
        return ids;
    }

    public boolean isCreating() {
        return practiceId == null;
    }

    /** The form is open while the practice is a draft or returned; otherwise the page says why not. */
    public boolean isEditable() {
        return practiceId == null || "DRAFT".equals(status) || "RETURNED".equals(status);
    }

    public List<EducationLevel> getLevelOptions() {
        return Arrays.asList(EducationLevel.values());
    }

    public List<TargetGroup> getTargetGroupOptions() {
        return Arrays.asList(TargetGroup.values());
    }

    public List<SelectItem> getSubjectOptions() {
        return subjectOptions;
    }

    public List<SelectItem> getCompetencyOptions() {
        return competencyOptions;
    }

    public List<SelectItem> getCoAuthorOptions() {
        return coAuthorOptions;
    }

    public ReviewNotes getReturnedWith() {
        return returnedWith;
    }

    public List<Material> getMaterials() {
        return materials;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public String getStatus() {
        return status;
    }

    public String getSavedTitle() {
        return savedTitle;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public List<String> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<String> subjects) {
        this.subjects = subjects == null ? new ArrayList<>() : subjects;
    }

    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = levels == null ? new ArrayList<>() : levels;
    }

    public List<String> getCompetencies() {
        return competencies;
    }

    public void setCompetencies(List<String> competencies) {
        this.competencies = competencies == null ? new ArrayList<>() : competencies;
    }

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : tags;
    }

    public List<String> getTargetGroups() {
        return targetGroups;
    }

    public void setTargetGroups(List<String> targetGroups) {
        this.targetGroups = targetGroups == null ? new ArrayList<>() : targetGroups;
    }

    public List<String> getCoAuthors() {
        return coAuthors;
    }

    public void setCoAuthors(List<String> coAuthors) {
        this.coAuthors = coAuthors == null ? new ArrayList<>() : coAuthors;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
