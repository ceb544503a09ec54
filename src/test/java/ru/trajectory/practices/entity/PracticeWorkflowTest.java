package ru.trajectory.practices.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.trajectory.platform.errors.ConflictException;

class PracticeWorkflowTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static Practice written() {
        Practice practice = new Practice(1L, 10L, 100L, NOW);
        practice.revise(new PracticeContent("Смысловое чтение", "Приёмы смыслового чтения на уроках",
                "<p>Описание</p>", null, null, Set.of("RUSSIAN"), Set.of(EducationLevel.OOO), Set.of(),
                Set.of("кейс-метод"), Set.of(TargetGroup.OVZ)), NOW);
        return practice;
    }

    private static List<CriterionScore> scores(int... values) {
        ReviewCriterion[] criteria = ReviewCriterion.values();
        return java.util.stream.IntStream.range(0, values.length)
                .mapToObj(i -> new CriterionScore(criteria[i], values[i], null)).toList();
    }

    @Test
    void aPracticeGoesThroughReviewToPublication() {
        Practice practice = written();
        practice.submit(NOW);
        assertEquals(PracticeStatus.ON_REVIEW, practice.getStatus());
        practice.publish(scores(5, 4, 4), NOW.plusSeconds(60));
        assertEquals(PracticeStatus.PUBLISHED, practice.getStatus());
        assertEquals(new BigDecimal("4.33"), practice.getReviewScore());
        assertEquals(NOW.plusSeconds(60), practice.getPublishedAt());
        practice.archive(NOW.plusSeconds(120));
        assertEquals(PracticeStatus.ARCHIVED, practice.getStatus());
    }

    @Test
    void aReturnedPracticeIsRevisedAndSubmittedAgain() {
        Practice practice = written();
        practice.submit(NOW);
        practice.returnWith(scores(2, 3), NOW);
        assertEquals(PracticeStatus.RETURNED, practice.getStatus());
        assertNull(practice.getPublishedAt());
        practice.revise(new PracticeContent("Новое", "Новая аннотация практики", "<p>Текст</p>", null, null,
                null, null, null, null, null), NOW);
        practice.submit(NOW);
        assertEquals(PracticeStatus.ON_REVIEW, practice.getStatus());
    }

    @Test
    void illegalTransitionsAreRefused() {
        Practice practice = written();
        assertThrows(ConflictException.class, () -> practice.publish(scores(5), NOW));
        assertThrows(ConflictException.class, () -> practice.returnWith(scores(5), NOW));
        assertThrows(ConflictException.class, () -> practice.archive(NOW));
        practice.submit(NOW);
        assertThrows(ConflictException.class, () -> practice.submit(NOW));
        assertThrows(ConflictException.class, () -> practice.revise(new PracticeContent("a", "b", "c", null, null,
                null, null, null, null, null), NOW));
        practice.publish(scores(5), NOW);
        assertThrows(ConflictException.class, () -> practice.setAuthors(List.of(2L), NOW));
        practice.archive(NOW);
        assertThrows(ConflictException.class, () -> practice.archive(NOW));
    }

    @Test
    void anEmptyDraftCannotBeSubmitted() {
        Practice practice = new Practice(1L, null, 100L, NOW);
        assertThrows(ConflictException.class, () -> practice.submit(NOW));
    }

    @Test
    void theLeadAuthorStaysWhenCoAuthorsChange() {
        Practice practice = written();
        practice.setAuthors(List.of(2L, 3L, 1L), NOW);
        assertEquals(3, practice.getAuthors().size());
        assertEquals(1L, practice.leadAuthorId());
        assertTrue(practice.getAuthors().get(0).isLead());
        practice.setAuthors(List.of(), NOW);
        assertEquals(List.of(1L), practice.getAuthors().stream().map(PracticeAuthor::getPersonId).toList());
    }

    @Test
    void scoresAreOneToFiveAndNoCriterionTwice() {
        assertThrows(IllegalArgumentException.class, () -> new CriterionScore(ReviewCriterion.NOVELTY, 0, null));
        assertThrows(IllegalArgumentException.class, () -> new CriterionScore(ReviewCriterion.NOVELTY, 6, null));
        List<CriterionScore> twice = List.of(new CriterionScore(ReviewCriterion.NOVELTY, 3, null),
                new CriterionScore(ReviewCriterion.NOVELTY, 4, null));
        assertThrows(IllegalArgumentException.class,
                () -> new PracticeReviewRecord(1, 2, ReviewDecision.PUBLISHED, null, twice, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new PracticeReviewRecord(1, 2, ReviewDecision.RETURNED, " ", scores(3), NOW));
        assertNotNull(new PracticeReviewRecord(1, 2, ReviewDecision.RETURNED, "Добавьте результаты", scores(3), NOW));
    }
}
