package ru.trajectory.practices.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.OptionalInt;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import ru.trajectory.identity.service.Caller;
import ru.trajectory.identity.service.CurrentCaller;
import ru.trajectory.platform.errors.AccessDeniedException;
import ru.trajectory.platform.errors.ConflictException;

/**
 * Administration of this server's practice search index, for the administrator only: its state
 * with rebuild progress, a rebuild from the database in the background, pausing and resuming the
 * outbox drain, applying one batch by hand, and reopening the index from disk as a restart would.
 * Each server keeps its own index (DESIGN.md 8), so every call concerns the server that answers.
 */
@ApplicationScoped
public class SearchIndexAdmin {

    private static final Logger LOG = Logger.getLogger(SearchIndexAdmin.class.getName());

    /**
     * The index's state for the admin page. Records' components are not readable from EL
     * (STACK.md), hence the bean getters beside them.
     *
     * @param searchable whether searches are answered; false while an empty index is first filled
     * @param documents practices in this server's index (drafts included: their authors find them)
     * @param databasePractices practices in the database, in every state
     * @param outboxPending outbox rows after this server's cursor, not applied yet
     * @param cursor the last outbox row applied in order
     * @param lastDrain when the outbox was last read, null before the first time
     * @param suspended whether the drain is paused
     * @param rebuilding whether a rebuild runs
     * @param rebuildDone practices the running (or last) rebuild has written
     * @param rebuildTotal practices the running (or last) rebuild writes
     * @param rebuildStartedAt null when no rebuild has run since the server started
     * @param rebuildFinishedAt null while the rebuild runs or when none has run
     * @param rebuildError why the last rebuild failed, null if it did not
     * @param lastError why the last background pass failed, null if it did not
     */
    public record IndexStatus(boolean searchable, long documents, long databasePractices, long outboxPending,
                              long cursor, Instant lastDrain, boolean suspended, boolean rebuilding,
                              long rebuildDone, long rebuildTotal, Instant rebuildStartedAt,
                              Instant rebuildFinishedAt, String rebuildError, String lastError) {

        /**
         * The running (or last) rebuild's progress in whole percent, 0–100, for a progress bar:
         * 99 at most until it has committed, 100 once it has (or when none has run), and where it
         * stopped when it failed.
         */
        public int percent() {
            if (!rebuilding && rebuildError == null) {
                return 100;
            }
            if (rebuildTotal <= 0) {
                return 0;
            }
            return (int) Math.min(99, rebuildDone * 100 / rebuildTotal);
        }

        public boolean isSearchable() {
            return searchable;
        }

        public long getDocuments() {
            return documents;
        }

        public long getDatabasePractices() {
            return databasePractices;
        }

        public long getOutboxPending() {
            return outboxPending;
        }

        public long getCursor() {
            return cursor;
        }

        public Instant getLastDrain() {
            return lastDrain;
        }

        public boolean isSuspended() {
            return suspended;
        }

        public boolean isRebuilding() {
            return rebuilding;
        }

        public long getRebuildDone() {
            return rebuildDone;
        }

        public long getRebuildTotal() {
            return rebuildTotal;
        }

        public int getPercent() {
            return percent();
        }

        public Instant getRebuildStartedAt() {
            return rebuildStartedAt;
        }

        public Instant getRebuildFinishedAt() {
            return rebuildFinishedAt;
        }

        public String getRebuildError() {
            return rebuildError;
        }

        public String getLastError() {
            return lastError;
        }
    }

    @Inject
    SearchIndexing indexing;

    @Inject
    PracticeDocuments documents;

    @Inject
    CurrentCaller currentCaller;

    @PersistenceContext
    EntityManager em;

    @Transactional
    public IndexStatus status() {
        requireAdmin();
        return snapshot();
    }

    /**
     * Starts a rebuild in the background and answers at once; searches keep answering from the
     * current index until the new one is complete.
     */
    @Transactional
    public IndexStatus startRebuild() {
        Caller admin = requireAdmin();
        try {
            if (!indexing.startRebuild()) {
                SearchIndexing.State running = indexing.state();
                throw new ConflictException(running.rebuilding()
                        ? "Поисковый индекс уже перестраивается (готово " + running.rebuildDone() + " из "
                                + running.rebuildTotal() + "); дождитесь окончания"
                        : "Сервер останавливается; перестроить индекс сейчас нельзя");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(() -> admin.login() + " started a rebuild of the practice search index");
        return snapshot();
    }

    /** Pauses applying the outbox to the index; searches keep answering from the index as it is. */
    @Transactional
    public IndexStatus suspend() {
        Caller admin = requireAdmin();
        indexing.suspend();
        LOG.info(() -> admin.login() + " suspended the practice search outbox drain");
        return snapshot();
    }

    @Transactional
    public IndexStatus resume() {
        Caller admin = requireAdmin();
        indexing.resume();
        LOG.info(() -> admin.login() + " resumed the practice search outbox drain");
        return snapshot();
    }

    /**
     * Applies one batch of the outbox now, even while the drain is suspended.
     *
     * @return how many outbox rows were applied
     */
    public int drainOnce() {
        requireAdmin();
        OptionalInt applied;
        try {
            applied = indexing.drainOnce();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return applied.orElseThrow(() -> new ConflictException(
                "Индекс сейчас перестраивается или ещё не открыт; повторите после перестроения"));
    }

    /**
     * Closes the index and opens it from disk as a restart would: the saved cursor is read again,
     * and an empty, stale or unreadable index is rebuilt from the database in the background.
     */
    @Transactional
    public IndexStatus reopen() {
        Caller admin = requireAdmin();
        try {
            if (!indexing.reopen()) {
                throw new ConflictException("Индекс перестраивается; откройте его заново после окончания перестроения");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LOG.info(() -> admin.login() + " reopened the practice search index");
        return snapshot();
    }

    private IndexStatus snapshot() {
        SearchIndexing.State s = indexing.state();
        long pending = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM search_outbox WHERE id > ?")
                .setParameter(1, s.cursor()).getSingleResult()).longValue();
        return new IndexStatus(s.searchable(), s.documents(), documents.count(), pending, s.cursor(), s.lastDrain(),
                s.suspended(), s.rebuilding(), s.rebuildDone(), s.rebuildTotal(), s.rebuildStartedAt(),
                s.rebuildFinishedAt(), s.rebuildError(), s.lastError());
    }

    private Caller requireAdmin() {
        Caller caller = currentCaller.get();
        if (!caller.isAdmin()) {
            throw new AccessDeniedException("Управлять поисковым индексом может только администратор");
        }
        return caller;
    }
}
