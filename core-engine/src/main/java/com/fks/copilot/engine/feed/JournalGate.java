package com.fks.copilot.engine.feed;

import com.fks.copilot.engine.ring.JournalHealth;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * A live source's way into the ring while the input journal may be failing: the wall clock's seconds and
 * the live feed's trades pass straight through while it writes, and are dropped while it cannot (a full
 * disk), since neither can wait: the next second's clock carries the time, and the trades of the pause
 * are the live feed's to fill in as after any outage. Dropping here keeps the ring free for the retry.
 * One volatile read per event, nothing allocated.
 */
public final class JournalGate implements FeedSink {
    private static final long HOLD_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private final FeedSink ring;
    private final JournalHealth journal;

    public JournalGate(FeedSink ring, JournalHealth journal) {
        this.ring = ring;
        this.journal = journal;
    }

    @Override
    public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        if (journal.accepting()) {
            ring.tick(instrument, price, quantity, exchangeTimeNanos, sequence);
        } else {
            journal.refusedAtEdge();
        }
    }

    @Override
    public void clock(long eventTimeNanos, long sequence) {
        if (journal.accepting()) {
            ring.clock(eventTimeNanos, sequence);
        } // a clock second is not an input anyone sent: not counted as refused
    }

    /**
     * For a source that must not drop what it holds (the demo day, a replayed journal): parks until the
     * journal takes inputs again or the source is stopped. Call it only when {@code accepting} said no, so
     * a healthy journal costs the source nothing but that one read.
     */
    public static void holdWhileFailing(BooleanSupplier accepting, BooleanSupplier running) {
        while (running.getAsBoolean() && !accepting.getAsBoolean()) {
            LockSupport.parkNanos(HOLD_POLL_NANOS);
        }
    }
}
