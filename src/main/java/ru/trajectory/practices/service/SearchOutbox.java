package ru.trajectory.practices.service;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

/**
 * The search outbox table. A change queues its practice in the changing transaction, so the
 * index learns of exactly the committed changes. Rows are not deleted when read: every server
 * keeps its own index (DESIGN.md 8) and its own cursor over the shared table, and old rows are
 * pruned after a retention period instead. Plain SQL, because the rows are a queue, not domain
 * objects.
 */
@ApplicationScoped
public class SearchOutbox {

    /** A row of the outbox. */
    public record Entry(long id, long practiceId, Instant queuedAt) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** Must join the caller's transaction: a queued row without the change (or vice versa) is the bug this prevents. */
    @Transactional(TxType.MANDATORY)
    public void enqueue(long practiceId) {
        em.createNativeQuery("INSERT INTO search_outbox (practice_id, queued_at) VALUES (?, ?)")
                .setParameter(1, practiceId).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** Rows after the cursor, and the given older ids that were missing earlier (see SearchIndexing). */
    @Transactional
    public List<Entry> after(long cursor, Collection<Long> alsoIds, int limit) {
        StringBuilder sql = new StringBuilder("SELECT id, practice_id, queued_at FROM search_outbox WHERE id > ?");
        if (!alsoIds.isEmpty()) {
            sql.append(" OR id IN (").append(String.join(",", alsoIds.stream().map(String::valueOf).toList()))
                    .append(')');
        }
        sql.append(" ORDER BY id LIMIT ").append(limit);
        List<?> rows = em.createNativeQuery(sql.toString()).setParameter(1, cursor).getResultList();
        List<Entry> entries = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] cells = (Object[]) row;
            entries.add(new Entry(((Number) cells[0]).longValue(), ((Number) cells[1]).longValue(),
                    toInstant(cells[2])));
        }
        return entries;
    }

    @Transactional
    public long maxId() {
        Object max = em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_outbox").getSingleResult();
        return ((Number) max).longValue();
    }

    /**
     * The highest id queued before the given time; for rewinding a cursor. Rows queued later got
     * their ids later, so every one of them, committed or not yet, lies above it.
     */
    @Transactional
    public long lastIdBefore(Instant time) {
        Object max = em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM search_outbox WHERE queued_at < ?")
                .setParameter(1, Timestamp.from(time)).getSingleResult();
        return ((Number) max).longValue();
    }

    /** Deletes rows older than the retention; in small chunks so that no lock is held long. */
    @Transactional
    public int prune(Instant olderThan) {
        return em.createNativeQuery("DELETE FROM search_outbox WHERE queued_at < ? ORDER BY id LIMIT 1000")
                .setParameter(1, Timestamp.from(olderThan)).executeUpdate();
    }

    private static Instant toInstant(Object cell) {
        if (cell instanceof Timestamp t) {
            return t.toInstant();
        }
        if (cell instanceof java.time.LocalDateTime l) {
            return Timestamp.valueOf(l).toInstant();
        }
        return cell instanceof Instant i ? i : Instant.EPOCH;
    }
}
