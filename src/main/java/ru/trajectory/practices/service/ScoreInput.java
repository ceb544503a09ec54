package ru.trajectory.practices.service;

/**
 * An expert's score of one criterion as sent.
 *
 * @param criterion a {@link ru.trajectory.practices.entity.ReviewCriterion} name
 * @param score 1 to 5
 */
public record ScoreInput(String criterion, Integer score, String comment) {
}
