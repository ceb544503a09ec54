package ru.trajectory.practices.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The file beside a server's index that says how far into the shared search outbox the index
 * has got: the last outbox id applied, and the database it belongs to (a cursor over another
 * database's outbox means nothing here). Its modification time tells how long ago the server
 * last looked, and so whether rows it never saw may have been pruned meanwhile.
 */
final class OutboxCursorFile {

    private static final Logger LOG = Logger.getLogger(OutboxCursorFile.class.getName());
    static final String NAME = "outbox.cursor";

    private final Path file;
    private final String databaseUrl;

    OutboxCursorFile(Path indexDir, String databaseUrl) {
        this.file = indexDir.resolve(NAME);
        this.databaseUrl = databaseUrl;
    }

    /**
     * The saved cursor, unless there is none, it was saved over another database, it cannot be
     * read, or it lies beyond the outbox's last id (the outbox was emptied or recreated): in every
     * such case the index cannot be trusted and is rebuilt.
     */
    Optional<Long> load(long outboxMaxId) {
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(1).strip().equals(databaseUrl)) {
                LOG.info("The search index was built from another database: it will be rebuilt");
                return Optional.empty();
            }
            long saved = Long.parseLong(lines.get(0).strip());
            return saved > outboxMaxId ? Optional.empty() : Optional.of(saved);
        } catch (IOException | NumberFormatException e) {
            LOG.log(Level.WARNING, "Unreadable search outbox cursor, the index will be rebuilt", e);
            return Optional.empty();
        }
    }

    /** When the cursor was last written, or null when there is none. */
    Instant savedAt() {
        try {
            return Files.isRegularFile(file) ? Files.getLastModifiedTime(file).toInstant() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Written to a temporary file and moved, so a crash never leaves half a number behind. */
    void save(long cursor) throws IOException {
        Path tmp = file.resolveSibling(NAME + ".tmp");
        Files.writeString(tmp, cursor + "\n" + databaseUrl + "\n", StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
