package ru.trajectory.practices.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a saved cursor may be trusted, and when the index must be rebuilt instead. */
class OutboxCursorFileTest {

    private static final String DB = "jdbc:mariadb://localhost:3306/trajectory";

    @TempDir
    Path dir;

    @Test
    void aSavedCursorIsReadBackWithItsTime() throws IOException {
        OutboxCursorFile file = new OutboxCursorFile(dir, DB);
        assertNull(file.savedAt(), "nothing saved yet");
        assertEquals(Optional.empty(), file.load(100));
        file.save(42);
        assertEquals(Optional.of(42L), file.load(100));
        assertNotNull(file.savedAt());
        assertTrue(Files.list(dir).noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary left");
    }

    @Test
    void aCursorOfAnotherDatabaseIsNotTrusted() throws IOException {
        new OutboxCursorFile(dir, "jdbc:mariadb://elsewhere/trajectory").save(42);
        assertEquals(Optional.empty(), new OutboxCursorFile(dir, DB).load(100));
    }

    @Test
    void aCursorBeyondTheOutboxMeansTheOutboxWasRecreated() throws IOException {
        OutboxCursorFile file = new OutboxCursorFile(dir, DB);
        file.save(500);
        assertEquals(Optional.empty(), file.load(100));
        assertEquals(Optional.of(500L), file.load(500));
    }

    @Test
    void anUnreadableCursorIsNotTrusted() throws IOException {
        Files.writeString(dir.resolve(OutboxCursorFile.NAME), "forty-two\n" + DB + "\n");
        assertEquals(Optional.empty(), new OutboxCursorFile(dir, DB).load(100));
        Files.writeString(dir.resolve(OutboxCursorFile.NAME), "42");
        assertEquals(Optional.empty(), new OutboxCursorFile(dir, DB).load(100), "half a file");
    }
}
