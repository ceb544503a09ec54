package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A question of an instrument, mapped to one competency with a weight. */
@Entity
@Table(name = "instrument_item")
public class Item {

    static final int FRACTION_SCALE = 6;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "instrument_id", nullable = false)
    private Instrument instrument;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 2000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "competency_id", nullable = false)
    private Competency competency;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal weight;

    @OneToMany(mappedBy = "item", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ItemOption> options = new ArrayList<>();

    protected Item() {
    }

    Item(Instrument instrument, int position, String text, ItemKind kind, Competency competency, BigDecimal weight) {
        this.instrument = instrument;
        this.position = position;
        this.text = Objects.requireNonNull(text);
        this.kind = Objects.requireNonNull(kind);
        this.competency = Objects.requireNonNull(competency);
        if (weight == null || weight.signum() <= 0) {
            throw new IllegalArgumentException("An item's weight must be positive");
        }
        this.weight = weight;
    }

    /** Rewrites the question of a DRAFT instrument; its options are replaced separately. */
    public void revise(String newText, ItemKind newKind, Competency newCompetency, BigDecimal newWeight) {
        requireDraft();
        if ((instrument.getKind() == InstrumentKind.SELF_ASSESSMENT) != (newKind == ItemKind.SCALE)) {
            throw new IllegalArgumentException(instrument.getKind() + " instruments do not take " + newKind + " items");
        }
        if (newWeight == null || newWeight.signum() <= 0) {
            throw new IllegalArgumentException("An item's weight must be positive");
        }
        this.text = Objects.requireNonNull(newText);
        this.kind = newKind;
        this.competency = Objects.requireNonNull(newCompetency);
        this.weight = newWeight;
    }

    /** Removes every option of a DRAFT instrument's item, before the edited ones are added again. */
    public void clearOptions() {
        requireDraft();
        options.clear();
    }

    private void requireDraft() {
        if (!instrument.isDraft()) {
            throw new IllegalStateException("Items of a " + instrument.getStatus() + " instrument cannot change");
        }
    }

    public ItemOption addOption(String optionText, BigDecimal score) {
        ItemOption option = new ItemOption(this, options.size() + 1, optionText, score);
        options.add(option);
        return option;
    }

    /**
     * The share of this item's credit an answer earns, from 0 to 1. Single choice: the chosen
     * option's score over the best score. Multiple choice: chosen scores (wrong ones may be
     * negative) over the sum of the positive scores, never below 0. Scale: (value − 1) / 4.
     */
    public BigDecimal credit(Set<Long> chosenOptionIds, Integer scaleValue) {
        return switch (kind) {
            case SCALE -> scaleValue == null ? BigDecimal.ZERO
                    : BigDecimal.valueOf(scaleValue - 1L).divide(BigDecimal.valueOf(4), FRACTION_SCALE, RoundingMode.HALF_UP);
            case SINGLE -> {
                BigDecimal best = options.stream().map(ItemOption::getScore).max(BigDecimal::compareTo)
                        .orElse(BigDecimal.ZERO);
                BigDecimal chosen = options.stream().filter(o -> chosenOptionIds.contains(o.getId()))
                        .map(ItemOption::getScore).findFirst().orElse(BigDecimal.ZERO);
                yield ratio(chosen, best);
            }
            case MULTIPLE -> {
                BigDecimal possible = options.stream().map(ItemOption::getScore).filter(s -> s.signum() > 0)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal earned = options.stream().filter(o -> chosenOptionIds.contains(o.getId()))
                        .map(ItemOption::getScore).reduce(BigDecimal.ZERO, BigDecimal::add);
                yield ratio(earned, possible);
            }
        };
    }

    private static BigDecimal ratio(BigDecimal earned, BigDecimal possible) {
        if (possible.signum() <= 0 || earned.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal r = earned.divide(possible, FRACTION_SCALE, RoundingMode.HALF_UP);
        return r.compareTo(BigDecimal.ONE) > 0 ? BigDecimal.ONE : r;
    }

    public boolean hasOption(long optionId) {
        return options.stream().anyMatch(o -> o.getId() != null && o.getId() == optionId);
    }

    public Long getId() {
        return id;
    }

    public Instrument getInstrument() {
        return instrument;
    }

    public int getPosition() {
        return position;
    }

    void moveTo(int newPosition) {
        this.position = newPosition;
    }

    public String getText() {
        return text;
    }

    public ItemKind getKind() {
        return kind;
    }

    public Competency getCompetency() {
        return competency;
    }

    public BigDecimal getWeight() {
        return weight;
    }

    public List<ItemOption> getOptions() {
        return List.copyOf(options);
    }
}
