package com.fks.copilot.engine.feed;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Plays a {@link DemoDay} into a {@link FeedSink} on its own thread at a chosen speed: 1.0 is real
 * time, 60.0 is a minute per second, 0 (or less) as fast as the sink takes it. The day's prior
 * sessions (its history) always go as fast as the sink takes them: the plan is ready when the window opens. Wall time is read
 * here, for pacing only; the engine sees only event time. A feed resumed after a restart skips
 * the events the journal already holds. While the journal cannot take inputs (a full disk) the feed
 * holds its next event and waits, so the day resumes where it stopped once the disk has room.
 */
public final class PacedFeed implements Runnable {
    private final DemoDay day;
    private final FeedSink sink;
    private final double speed;
    private final long resumeAfterSequence;
    private final BooleanSupplier journalAccepting;
    private volatile boolean running = true;
    private volatile long published;
    private volatile boolean finished;
    private volatile boolean windowReached;

    public PacedFeed(DemoDay day, FeedSink sink, double speed, long resumeAfterSequence) {
        this(day, sink, speed, resumeAfterSequence, () -> true);
    }

    /** @param journalAccepting false while the input journal cannot take inputs: the feed waits */
    public PacedFeed(DemoDay day, FeedSink sink, double speed, long resumeAfterSequence, BooleanSupplier journalAccepting) {
        this.journalAccepting = journalAccepting;
        this.day = day;
        this.sink = sink;
        this.speed = speed;
        this.resumeAfterSequence = resumeAfterSequence;
    }

    public Thread startThread() {
        Thread thread = new Thread(this, "demo-feed");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        long firstEventNanos = Long.MIN_VALUE;
        long firstWallNanos = 0;
        while (running && day.next()) {
            if (!windowReached && day.timeNanos() >= day.windowStartNanos()) {
                windowReached = true;
            }
            if (day.sequence() <= resumeAfterSequence) {
                continue;
            }
            if (speed > 0 && day.timeNanos() >= day.windowStartNanos()) { // the prior days are not paced
                if (firstEventNanos == Long.MIN_VALUE) {
                    firstEventNanos = day.timeNanos();
                    firstWallNanos = System.nanoTime();
                }
                waitUntil(firstWallNanos + (long) ((day.timeNanos() - firstEventNanos) / speed));
            }
            waitForJournal();
            if (!running) {
                break; // stopped while waiting: the event is not published into a ring that is closing
            }
            day.publishTo(sink);
            published++;
        }
        finished = true;
    }

    /** Paused on a full disk; the pacing then runs late and catches up, as after any stall. */
    private void waitForJournal() {
        if (!journalAccepting.getAsBoolean()) {
            JournalGate.holdWhileFailing(journalAccepting, () -> running);
        }
    }

    private void waitUntil(long wallNanos) {
        long remaining;
        while (running && (remaining = wallNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    public void stop() {
        running = false;
    }

    public long published() {
        return published;
    }

    public boolean finished() {
        return finished;
    }

    /** True while the day's prior sessions are still being played (not yet at the window, not finished). */
    public boolean playingHistory() {
        return !windowReached && !finished;
    }
}
