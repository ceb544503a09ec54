package ru.trajectory.diagnostics.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * An answer option with its score. A positive score marks a correct option; a negative one
 * penalises guessing in multiple choice. Scores never leave the server before submission.
 */
@Entity
@Table(name = "item_option")
public class ItemOption {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id", nullable = false)
    private Item item;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(nullable = false, precision = 6, scale = 2)
    private BigDecimal score;

    protected ItemOption() {
    }

    ItemOption(Item item, int position, String text, BigDecimal score) {
        this.item = item;
        this.position = position;
        this.text = text;
        this.score = score;
    }

    public boolean isCorrect() {
        return score.signum() > 0;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public BigDecimal getScore() {
        return score;
    }
}
