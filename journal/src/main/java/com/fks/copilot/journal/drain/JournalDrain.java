package com.fks.copilot.journal.drain;

import com.fks.copilot.journal.db.Database;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tails one journal into Postgres on its own thread: reads a batch of excerpts, writes their rows
 * and the new drain position in one transaction, commits. A crash at any point leaves Postgres at
 * the last commit, and the next start reads from the position stored there — every journaled
 * event exactly once. When Postgres fails the batch is rolled back, the tailer rewinds to the
 * committed position and the drain retries with capped, jittered backoff; the ring never waits.
 */
final class JournalDrain implements Runnable {
    private static final Logger LOG = Logger.getLogger(JournalDrain.class.getName());
    private static final long IDLE_NANOS = 1_000_000;
    private static final long FIRST_BACKOFF_MILLIS = 100;
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final SingleChronicleQueue queue;
    private final JournalRows rows;
    private final Database database;
    private final int batchLimit;
    private volatile boolean running = true;

    // drain thread only
    private ExcerptTailer tailer;
    private long committed = Long.MIN_VALUE;
    private long backoffMillis = FIRST_BACKOFF_MILLIS;

    // read by /health from other threads
    private volatile boolean connected;
    private volatile long drainedEvents;
    private volatile long drainedIndex = DrainPosition.START;
    private volatile long lagEvents;
    private volatile long caughtUpAtMillis = System.currentTimeMillis();
    private volatile String lastError;

    JournalDrain(SingleChronicleQueue queue, JournalRows rows, Database database, int batchLimit) {
        this.queue = queue;
        this.rows = rows;
        this.database = database;
        this.batchLimit = batchLimit;
    }

    @Override
    public void run() {
        try {
            while (running) {
                step();
            }
        } finally {
            if (tailer != null) {
                tailer.close();
            }
        }
    }

    /** One batch, an idle pause when there was nothing, or a backoff after a failure. */
    void step() {
        try {
            database.migrate();
            int drained = drainBatch();
            connected = true;
            lastError = null;
            backoffMillis = FIRST_BACKOFF_MILLIS;
            if (drained == 0) {
                lagEvents = 0;
                caughtUpAtMillis = System.currentTimeMillis();
                LockSupport.parkNanos(IDLE_NANOS);
            }
        } catch (SQLException | RuntimeException e) {
            failed(e);
        }
    }

    private int drainBatch() throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            if (committed == Long.MIN_VALUE) {
                committed = DrainPosition.read(connection, rows.queue());
                drainedIndex = committed;
                positionTailer();
            }
            try {
                return writeBatch(connection);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                rows.close();
            }
        }
    }

    private int writeBatch(Connection connection) throws SQLException {
        int count = 0;
        long last = committed;
        while (count < batchLimit) {
            try (DocumentContext dc = tailer.readingDocument()) {
                if (!dc.isPresent()) {
                    break;
                }
                rows.add(connection, dc.wire().bytes(), dc.index());
                last = dc.index();
                count++;
            }
        }
        if (count == 0) {
            connection.rollback();
            return 0;
        }
        rows.flush(connection);
        DrainPosition.advance(connection, rows.queue(), committed, last, count);
        connection.commit();
        committed = last;
        drainedIndex = last;
        drainedEvents += count;
        lagEvents = backlogOrKeep();
        return count;
    }

    /** Puts the tailer just after the committed position (or at the start). */
    private void positionTailer() {
        if (tailer == null) {
            tailer = queue.createTailer();
        }
        if (committed == DrainPosition.START || !tailer.moveToIndex(committed)) {
            tailer.toStart();
            return;
        }
        try (DocumentContext dc = tailer.readingDocument()) {
            // the committed excerpt itself is already in Postgres
        }
    }

    private void failed(Exception e) {
        connected = false;
        lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
        lagEvents = backlogOrKeep();
        committed = Long.MIN_VALUE; // re-read the position and rewind the tailer on the next try
        LOG.log(Level.WARNING, "postgres drain of the " + rows.queue() + " journal failed, retrying in "
                + backoffMillis + " ms: " + lastError);
        long jitter = ThreadLocalRandom.current().nextLong(backoffMillis / 4 + 1);
        LockSupport.parkNanos((backoffMillis + jitter) * 1_000_000);
        backoffMillis = Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
    }

    private long backlogOrKeep() {
        try {
            return backlog();
        } catch (RuntimeException e) {
            return lagEvents;
        }
    }

    /** Excerpts journaled after the drained one ({@code countExcerpts} counts from inclusive to exclusive). */
    private long backlog() {
        long drained = drainedIndex;
        long last = queue.lastIndex();
        if (last < 0 || (drained >= 0 && last <= drained)) {
            return 0;
        }
        return drained >= 0 ? queue.countExcerpts(drained, last) : queue.countExcerpts(queue.firstIndex(), last) + 1;
    }

    DrainLag lag() {
        long lag = lagEvents;
        double seconds = lag == 0 && connected ? 0 : (System.currentTimeMillis() - caughtUpAtMillis) / 1000.0;
        return new DrainLag(rows.queue(), connected, lag, seconds, drainedEvents, drainedIndex, lastError);
    }

    void stop() {
        running = false;
    }
}
