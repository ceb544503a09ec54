package ru.trajectory.diagnostics.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import ru.trajectory.diagnostics.entity.InstrumentKind;
import ru.trajectory.diagnostics.service.AuthoringInput.InstrumentInput;
import ru.trajectory.diagnostics.service.AuthoringInput.ItemInput;
import ru.trajectory.diagnostics.service.AuthoringInput.OptionInput;
import ru.trajectory.diagnostics.service.AuthoringInput.ThresholdInput;
import ru.trajectory.diagnostics.service.AuthoringViews.AreaView;
import ru.trajectory.diagnostics.service.AuthoringViews.CompetencyView;
import ru.trajectory.diagnostics.service.AuthoringViews.FrameworkView;
import ru.trajectory.diagnostics.service.AuthoringViews.InstrumentDetail;
import ru.trajectory.diagnostics.service.AuthoringViews.ItemView;
import ru.trajectory.diagnostics.service.AuthoringViews.OptionView;
import ru.trajectory.diagnostics.service.AuthoringViews.SubjectView;
import ru.trajectory.diagnostics.service.AuthoringViews.ThresholdView;
import ru.trajectory.diagnostics.service.Frameworks;
import ru.trajectory.diagnostics.service.InstrumentAuthoring;
import ru.trajectory.platform.errors.ConflictException;
import ru.trajectory.platform.errors.NotFoundException;
import ru.trajectory.platform.errors.ValidationFailure;

/**
 * The instrument editor: the header, the items table with order and removal, an item panel
 * with its options, thresholds per measured competency, publication. Every form keeps what
 * was typed when the service refuses it; the refusal is shown at the field. Each save carries
 * the row version the page was built from, so an edit made meanwhile by another author is
 * reported instead of overwritten.
 */
@Named
@ViewScoped
public class InstrumentEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern OPTION_FIELD = Pattern.compile("^item\\.options\\[(\\d+)]\\.(text|score)$");
    private static final Pattern THRESHOLD_FIELD = Pattern.compile("^thresholds\\[(\\d+)]\\.(\\w+)$");

    @Inject
    InstrumentAuthoring authoring;

    @Inject
    Frameworks frameworks;

    private String id;
    private long instrumentId;
    private InstrumentDetail detail;
    private InstrumentInput header;
    private ItemInput item;
    private Long editingItemId;
    private List<ThresholdInput> thresholds;
    private List<SelectItem> competencyChoices;
    private List<SubjectView> subjects;

    public void load() {
        instrumentId = DiagnosticIds.parse(id, "Диагностика не найдена");
        detail = authoring.get(instrumentId);
        subjects = frameworks.subjects();
        competencyChoices = choices(authoring.frameworkOf(instrumentId));
        resetHeader();
        resetThresholds();
    }

    // ---------------------------------------------------------------- header

    public void saveHeader() {
        try {
            detail = authoring.updateHeader(instrumentId, detail.getRowVersion(), header);
            AuthoringMessages.info("authoring.saved");
        } catch (ValidationFailure failure) {
            AuthoringMessages.fields(failure, field -> switch (field) {
                case "title", "description", "timeLimitMinutes", "itemsPerPage" -> "instrument-form:header-" + field;
                default -> field.startsWith("audience.positions") ? "instrument-form:header-positions"
                        : field.startsWith("audience.subjects") ? "instrument-form:header-subjects" : null;
            });
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
    }

    // ---------------------------------------------------------------- items

    public void newItem() {
        boolean test = detail.getKind() == InstrumentKind.TEST;
        item = new ItemInput(null, test ? "SINGLE" : "SCALE", lastCompetency(), BigDecimal.ONE);
        if (test) {
            for (int i = 0; i < 4; i++) {
                item.getOptions().add(new OptionInput("", BigDecimal.ZERO));
            }
        }
        editingItemId = null;
    }

    public void editItem(long itemId) {
        ItemView view = detail.getItems().stream().filter(i -> i.getId() == itemId).findFirst().orElse(null);
        if (view == null) {
            AuthoringMessages.error(AuthoringMessages.text("authoring.item.gone"));
            return;
        }
        item = new ItemInput(view.getText(), view.getKind().name(), view.getCompetencyCode(), view.getWeight());
        for (OptionView o : view.getOptions()) {
            item.getOptions().add(new OptionInput(o.getText(), o.getScore()));
        }
        editingItemId = itemId;
    }

    public void saveItem() {
        try {
            detail = editingItemId == null
                    ? authoring.addItem(instrumentId, detail.getRowVersion(), item)
                    : authoring.updateItem(instrumentId, detail.getRowVersion(), editingItemId, item);
            AuthoringMessages.info(editingItemId == null ? "authoring.item.added" : "authoring.saved");
            item = null;
            editingItemId = null;
            resetThresholds();
        } catch (ValidationFailure failure) {
            AuthoringMessages.fields(failure, InstrumentEditor::itemClientId);
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
    }

    /** Saves the item and opens an empty one at once: the fast path for typing a long test. */
    public void saveItemAndNext() {
        saveItem();
        if (item == null) {
            newItem();
        }
    }

    public void cancelItem() {
        item = null;
        editingItemId = null;
    }

    public void addOption() {
        item.getOptions().add(new OptionInput("", BigDecimal.ZERO));
    }

    public void removeOption(int index) {
        if (index >= 0 && index < item.getOptions().size()) {
            item.getOptions().remove(index);
        }
    }

    /**
     * «Верный»: for single choice the option scores 1 and every other 0; for multiple choice
     * it toggles the option between 1 and 0.
     */
    public void markCorrect(int index) {
        List<OptionInput> options = item.getOptions();
        if (index < 0 || index >= options.size()) {
            return;
        }
        if ("MULTIPLE".equals(item.getKind())) {
            OptionInput o = options.get(index);
            o.setCorrect(!o.isCorrect());
        } else {
            for (int i = 0; i < options.size(); i++) {
                options.get(i).setCorrect(i == index);
            }
        }
    }

    public void removeItem(long itemId) {
        try {
            detail = authoring.removeItem(instrumentId, detail.getRowVersion(), itemId);
            if (editingItemId != null && editingItemId == itemId) {
                cancelItem();
            }
            resetThresholds();
            AuthoringMessages.info("authoring.item.removed");
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
    }

    public void moveItem(long itemId, int delta) {
        try {
            detail = authoring.moveItem(instrumentId, detail.getRowVersion(), itemId, delta);
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
    }

    // ---------------------------------------------------------------- thresholds and lifecycle

    public void saveThresholds() {
        try {
            detail = authoring.setThresholds(instrumentId, detail.getRowVersion(), thresholds);
            resetThresholds();
            AuthoringMessages.info("authoring.saved");
        } catch (ValidationFailure failure) {
            AuthoringMessages.fields(failure, field -> {
                Matcher m = THRESHOLD_FIELD.matcher(field);
                return m.matches() && !"competencyCode".equals(m.group(2))
                        ? "thresholds-form:thresholds:" + m.group(1) + ":" + m.group(2) : null;
            });
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
    }

    public String publish() {
        try {
            authoring.publish(instrumentId);
            AuthoringMessages.info("authoring.list.publishedDone");
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            return "/diagnostics/editor?faces-redirect=true&id=" + instrumentId;
        } catch (ValidationFailure failure) {
            AuthoringMessages.error(AuthoringMessages.text("authoring.list.cannotPublish"));
            AuthoringMessages.fields(failure, field -> null);
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
        }
        return null;
    }

    public String newVersion() {
        try {
            return "/diagnostics/editor?faces-redirect=true&id=" + authoring.newVersion(instrumentId).getId();
        } catch (ConflictException | NotFoundException e) {
            AuthoringMessages.error(e.getMessage());
            return null;
        }
    }

    // ---------------------------------------------------------------- helpers

    private static String itemClientId(String field) {
        Matcher m = OPTION_FIELD.matcher(field);
        if (m.matches()) {
            return "item-form:options:" + m.group(1) + ":option-" + m.group(2);
        }
        return switch (field) {
            case "item.text", "item.kind", "item.competencyCode", "item.weight", "item.options" ->
                    "item-form:item-" + field.substring("item.".length());
            default -> null;
        };
    }

    private String lastCompetency() {
        List<ItemView> items = detail.getItems();
        return items.isEmpty() ? null : items.get(items.size() - 1).getCompetencyCode();
    }

    private void resetHeader() {
        header = new InstrumentInput();
        header.setCode(detail.getCode());
        header.setKind(detail.getKind().name());
        header.setTitle(detail.getTitle());
        header.setDescription(detail.getDescription());
        header.setTimeLimitMinutes(detail.getTimeLimitMinutes());
        header.setItemsPerPage(detail.getItemsPerPage());
        header.setPositions(detail.getPositions());
        header.setSubjects(detail.getSubjects());
    }

    private void resetThresholds() {
        List<ThresholdInput> rows = new ArrayList<>();
        for (ThresholdView t : detail.getThresholds()) {
            rows.add(new ThresholdInput(t.getCompetencyCode(), t.getDeficitBelow(), t.getProficientFrom()));
        }
        thresholds = rows;
    }

    private static List<SelectItem> choices(FrameworkView framework) {
        List<SelectItem> groups = new ArrayList<>();
        for (AreaView area : framework.getAreas()) {
            SelectItemGroup group = new SelectItemGroup(area.getName());
            List<SelectItem> options = new ArrayList<>();
            for (CompetencyView c : area.getCompetencies()) {
                options.add(new SelectItem(c.getCode(), c.getCode() + " — " + c.getName()));
            }
            group.setSelectItems(options.toArray(new SelectItem[0]));
            groups.add(group);
        }
        return groups;
    }

    /** The threshold row's competency name, for the thresholds table. */
    public String competencyName(String code) {
        return detail.getThresholds().stream().filter(t -> t.getCompetencyCode().equals(code))
                .map(ThresholdView::getCompetencyName).findFirst().orElse(code);
    }

    public int itemCount(String code) {
        return detail.getThresholds().stream().filter(t -> t.getCompetencyCode().equals(code))
                .mapToInt(ThresholdView::getItemCount).findFirst().orElse(0);
    }

    public boolean isEditable() {
        return detail != null && detail.isDraft();
    }

    public boolean isTest() {
        return detail != null && detail.getKind() == InstrumentKind.TEST;
    }

    public boolean isEditingExisting() {
        return editingItemId != null;
    }

    public List<String> getPositions() {
        return authoring.positions();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public InstrumentDetail getDetail() {
        return detail;
    }

    public InstrumentInput getHeader() {
        return header;
    }

    public ItemInput getItem() {
        return item;
    }

    public Long getEditingItemId() {
        return editingItemId;
    }

    public List<ThresholdInput> getThresholds() {
        return thresholds;
    }

    public List<SelectItem> getCompetencyChoices() {
        return competencyChoices;
    }

    public List<SubjectView> getSubjects() {
        return subjects;
    }
}
