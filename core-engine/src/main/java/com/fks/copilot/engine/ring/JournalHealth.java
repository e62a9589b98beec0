package com.fks.copilot.engine.ring;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the input journal is taking appends: the one switch a full disk throws. While it is off the
 * journal stage leaves events unjournaled (the engine skips them, their requests are answered 503), the
 * HTTP edge refuses mutations up front and the feeds hold back, so nothing reaches a client that is not
 * journaled (write-ahead) and nothing is acknowledged that could be lost.
 *
 * <p>The journal stage's thread switches it off on a failed append and on again on the next append that
 * works; {@link #retryWhenRoom} (a timer, once a second) lets the inputs through again when the disk has
 * room, so the next event is the probe. Readers on any thread see it through one volatile read; a healthy
 * journal costs the hot path that read and nothing else.
 */
public final class JournalHealth {
    private static final System.Logger LOG = System.getLogger("copilot.journal");
    private volatile boolean failing;
    /** While failing: true once the disk has room again, so the next input is let through to try. */
    private volatile boolean retrying;
    private volatile long failingSinceMillis;
    private volatile String lastError;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /** False while appends fail and no retry is due: inputs should not be published. One volatile read when healthy. */
    public boolean accepting() {
        return !failing || retrying;
    }

    public boolean failing() {
        return failing;
    }

    /** Journal stage: an append failed; the event stays unjournaled. Logs the first failure of a run of them. */
    public void appendFailed(Throwable cause, long nowMillis) {
        failures.incrementAndGet();
        refused.incrementAndGet();
        lastError = String.valueOf(cause);
        retrying = false;
        if (!failing) {
            failingSinceMillis = nowMillis;
            failing = true;
            LOG.log(System.Logger.Level.ERROR, "the input journal cannot be written (disk full?): inputs are refused"
                    + " and the feed is paused until it can", cause);
        }
    }

    /** Journal stage, after each append that worked: ends a failure, logged once. */
    public void appended() {
        if (failing) {
            failing = false;
            retrying = false;
            LOG.log(System.Logger.Level.WARNING, "the input journal is written again after "
                    + (System.currentTimeMillis() - failingSinceMillis) / 1000 + " s: inputs and the feed resume");
        }
    }

    /** An input was refused before the ring (at the HTTP edge, or a trade the live feed dropped). */
    public void refusedAtEdge() {
        refused.incrementAndGet();
    }

    /**
     * Timer: while failing, lets the next input through to try again once the disk has {@code room}; a
     * disk still full keeps everything held back without spending an input on it.
     */
    public void retryWhenRoom(boolean room) {
        if (failing && room && !retrying) {
            retrying = true;
            LOG.log(System.Logger.Level.INFO, "the input journal's disk has room again: trying the next input");
        }
    }

    /** Epoch ms of the first failed append of the current failure; 0 when healthy. */
    public long failingSinceMillis() {
        return failing ? failingSinceMillis : 0;
    }

    /** What the last failed append threw (kept after recovery, for the record); null if none did. */
    public String lastError() {
        return lastError;
    }

    /** Failed appends since start. */
    public long failures() {
        return failures.get();
    }

    /** Inputs not journaled since start: failed appends plus inputs refused before the ring. */
    public long refused() {
        return refused.get();
    }
}
