package ru.trajectory.practices.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.trajectory.platform.errors.ConflictException;

/** A practice taken over from an existing bank starts published, and only when complete. */
class PracticeImportedTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EARLIER = Instant.parse("2023-05-20T00:00:00Z");

    private static PracticeContent content(String title) {
        return new PracticeContent(title, "Приёмы смыслового чтения на уроках", "<p>Описание</p>", null, null,
                Set.of("RUSSIAN"), Set.of(EducationLevel.OOO), Set.of("K1"), Set.of("кейс-метод"), Set.of());
    }

    @Test
    void anImportedPracticeIsPublishedAsOfItsOldDateWithItsAuthors() {
        Practice practice = Practice.imported(7L, List.of(8L, 9L), 10L, 100L, content("Смысловое чтение"), EARLIER, NOW);
        assertEquals(PracticeStatus.PUBLISHED, practice.getStatus());
        assertEquals(EARLIER, practice.getPublishedAt());
        assertEquals(NOW, practice.getCreatedAt());
        assertNull(practice.getReviewScore(), "no review of this portal, so no score");
        assertEquals(7L, practice.leadAuthorId());
        assertEquals(3, practice.getAuthors().size());
        assertThrows(ConflictException.class, () -> practice.revise(content("Другое"), NOW),
                "published content is not edited");
        assertEquals(NOW, Practice.imported(7L, List.of(), null, 100L, content("Без даты"), null, NOW).getPublishedAt());
    }

    @Test
    void anIncompleteOrFuturePracticeIsNotImported() {
        assertThrows(ConflictException.class,
                () -> Practice.imported(7L, List.of(), null, 100L, content(""), null, NOW));
        assertThrows(IllegalArgumentException.class,
                () -> Practice.imported(7L, List.of(), null, 100L, content("Завтра"), NOW.plusSeconds(86_400), NOW));
    }
}
