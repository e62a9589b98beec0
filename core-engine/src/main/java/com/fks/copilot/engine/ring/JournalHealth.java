package com.fks.copilot.engine.ring;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the journals are taking appends: the one switch a full disk throws. While it is off the input
 * journal leaves events unjournaled (the engine skips them, their requests are answered 503), the HTTP edge
 * refuses mutations up front and the feeds hold back, so nothing reaches a client that is not journaled
 * (write-ahead) and nothing is acknowledged that could be lost.
 *
 * <p>Three things switch it off: a failed input append (the journal stage's thread), a failed output append
 * (the engine's thread; both journals share the disk), and the room check finding the disk's free space
 * under its reserve ({@link #room}, a timer once a second), which stops the inputs before the disk is full.
 * The same check lets a failed append be tried again with the next input once the disk has room, and the
 * append that works switches it back on. Both transitions are logged once. Readers on any thread see it
 * through one volatile read; a healthy journal costs the hot path that read and nothing else.
 */
public final class JournalHealth {
    private static final System.Logger LOG = System.getLogger("copilot.journal");
    /** Set by the input journal's thread; the output journal's ({@link #outputFailing}) by the engine's. */
    private volatile boolean inputFailing;
    private volatile boolean outputFailing;
    /** Set by the room check: the disk's free space is under the reserve, so inputs stop before it is full. */
    private volatile boolean diskLow;
    /** While failing: true once the disk has room again, so the next input is let through to try. */
    private volatile boolean retrying;
    private volatile long failingSinceMillis;
    private volatile String lastError;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong derivedLost = new AtomicLong();

    /** False while appends fail and no retry is due: inputs should not be published. One volatile read when healthy. */
    public boolean accepting() {
        return !failing() || retrying;
    }

    /** True while an output append failed and the disk has not had room since: the output journal then holds off. */
    public boolean outputHeld() {
        return outputFailing && !retrying;
    }

    public boolean failing() {
        return inputFailing || outputFailing || diskLow;
    }

    /** Input journal's thread: an append failed; the event stays unjournaled and is never applied. */
    public void appendFailed(Throwable cause, long nowMillis) {
        refused.incrementAndGet();
        failed(cause, nowMillis, "input");
        inputFailing = true;
    }

    /**
     * Engine thread: the output journal could not take what the engine derived from an input that is
     * journaled and applied. The input journal still replays it, so the inputs stop until the disk has room.
     */
    public void outputAppendFailed(Throwable cause, long nowMillis) {
        derivedLost.incrementAndGet();
        failed(cause, nowMillis, "output");
        outputFailing = true;
    }

    /** Before the journal's flag is set, so the first failure of a run of them is the one logged. */
    private void failed(Throwable cause, long nowMillis, String journal) {
        failures.incrementAndGet();
        lastError = String.valueOf(cause);
        retrying = false;
        if (!failing()) {
            failingSinceMillis = nowMillis;
            LOG.log(System.Logger.Level.ERROR, "the " + journal + " journal cannot be written (disk full?): inputs are"
                    + " refused and the feed is paused until it can", cause);
        }
    }

    /** Input journal's thread, after each append that worked: ends its failure. */
    public void appended() {
        if (inputFailing) {
            inputFailing = false;
            recovered();
        }
    }

    /** Engine thread, after each output append that worked: ends its failure. */
    public void outputAppended() {
        if (outputFailing) {
            outputFailing = false;
            recovered();
        }
    }

    private void recovered() {
        if (!failing()) {
            retrying = false;
            LOG.log(System.Logger.Level.WARNING, "the journals are written again after "
                    + (System.currentTimeMillis() - failingSinceMillis) / 1000 + " s: inputs and the feed resume");
        }
    }

    /** Input journal's thread: an input refused without touching the disk, while it is known to be full. */
    public void appendRefused() {
        refused.incrementAndGet();
    }

    /** Engine thread: a derived event dropped without touching the disk, while it is known to be full. */
    public void derivedRefused() {
        derivedLost.incrementAndGet();
    }

    /** An input was refused before the ring (at the HTTP edge, or a trade the live feed dropped). */
    public void refusedAtEdge() {
        refused.incrementAndGet();
    }

    /**
     * Timer, once a second: {@code usableBytes} free on the journals' disk. Under {@code reserveBytes} the
     * inputs stop before the disk is full; at or over it (and at least {@code retryBytes}) the disk has room,
     * so an append that failed is tried again with the next input, while a disk still full keeps everything
     * held back without spending an input on it.
     */
    public void room(long usableBytes, long reserveBytes, long retryBytes, long nowMillis) {
        boolean low = usableBytes < reserveBytes;
        if (low && !diskLow) {
            boolean was = failing();
            lastError = "only " + (usableBytes >> 20) + " MiB free on the journals' disk (reserve " + (reserveBytes >> 20) + " MiB)";
            diskLow = true;
            if (!was) {
                failingSinceMillis = nowMillis;
                LOG.log(System.Logger.Level.ERROR, lastError + ": inputs are refused and the feed is paused until there is more");
            }
        } else if (!low && diskLow) {
            diskLow = false;
            recovered();
        }
        if (!low && usableBytes >= retryBytes && (inputFailing || outputFailing) && !retrying) {
            retrying = true;
            LOG.log(System.Logger.Level.INFO, "the journals' disk has room again: trying the next input");
        }
    }

    /** Epoch ms of the first failed append of the current failure; 0 when healthy. */
    public long failingSinceMillis() {
        return failing() ? failingSinceMillis : 0;
    }

    /** What the last failed append threw (kept after recovery, for the record); null if none did. */
    public String lastError() {
        return lastError;
    }

    /** Failed appends since start, of either journal. */
    public long failures() {
        return failures.get();
    }

    /** Inputs not journaled since start: failed appends plus inputs refused before the ring. */
    public long refused() {
        return refused.get();
    }

    /** Derived events the output journal could not take since start (a replay of the input journal re-derives them). */
    public long derivedLost() {
        return derivedLost.get();
    }
}
