package com.fks.copilot.perf;

import com.fks.copilot.engine.feed.FeedSink;
import org.HdrHistogram.Histogram;

import java.util.concurrent.locks.LockSupport;

/**
 * Sends ticks into a {@link FeedSink} (the ring) on the calling thread at the planned times of a
 * {@link TickSchedule}. It parks until shortly before each due time and yield-spins the rest, and never
 * skips or bunches up to "catch up" silently: a late send stays late, and latency is measured from
 * the plan anyway. {@link #sendLag()} records how late each measured send was (the harness's own share).
 */
public final class FixedRateInjector {
    /** Parking overshoots by 50-100 µs on Linux (timer slack plus wake-up); the last stretch is yield-spun. */
    private static final long SPIN_NANOS = 200_000;

    private final FeedSink sink;
    private final TickSchedule schedule;
    private final SyntheticTicks ticks;
    private final Histogram sendLag = LatencyReport.newHistogram();
    private long sent;

    /** @param eventStartNanos event (exchange) time of the first tick, epoch nanos */
    public FixedRateInjector(FeedSink sink, TickSchedule schedule, long eventStartNanos) {
        this.sink = sink;
        this.schedule = schedule;
        this.ticks = new SyntheticTicks(eventStartNanos, schedule.intervalNanos(), schedule.firstSequence());
    }

    /**
     * Sends {@code count} ticks, or fewer if {@code deadlineNanos} (nanoTime) passes first; returns the
     * number sent. Send lag is recorded for ticks from sequence {@code measureFrom} on.
     */
    public long run(long count, long measureFrom, long deadlineNanos) {
        for (long i = 0; i < count; i++) {
            ticks.next();
            long due = schedule.plannedNanos(ticks.sequence());
            long now = awaitDue(due);
            if (now - deadlineNanos > 0) {
                break;
            }
            ticks.publishTo(sink);
            if (ticks.sequence() >= measureFrom) {
                LatencyReport.record(sendLag, now - due);
            }
            sent++;
        }
        return sent;
    }

    private static long awaitDue(long due) {
        long now;
        while ((now = System.nanoTime()) - due < 0) {
            long remaining = due - now;
            if (remaining > SPIN_NANOS) {
                LockSupport.parkNanos(remaining - SPIN_NANOS);
            } else {
                Thread.yield(); // spins when nothing else is runnable, lets the ring threads run when they are
            }
        }
        return now;
    }

    public long sent() {
        return sent;
    }

    /** Actual send time minus planned of each measured tick, nanos. */
    public Histogram sendLag() {
        return sendLag;
    }
}
