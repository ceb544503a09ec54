package ru.trajectory.practices.service;

import java.math.BigDecimal;

/**
 * A published practice offered for a competency (see {@link PracticeSuggestions}).
 *
 * @param reviewScore the mean expert score, or null for a practice imported without one
 * @param applications how many teachers marked «применяю»
 * @param reason why it is offered, in Russian, for the person choosing route steps
 */
public record SuggestedPractice(long id, String title, String summary, BigDecimal reviewScore, long applications,
                                String reason) {
}
