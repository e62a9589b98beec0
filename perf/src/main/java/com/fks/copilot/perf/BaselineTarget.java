package com.fks.copilot.perf;

import com.fks.copilot.engine.feed.FeedSink;

/**
 * No pipeline at all: a tick arrives the moment it is sent, on the sending thread. Its latency is
 * the harness and the machine alone (timer and scheduling jitter), the floor every other point is read against.
 */
public final class BaselineTarget implements TickTarget, FeedSink {
    private final ArrivalLog arrivals;

    public BaselineTarget(ArrivalLog arrivals) {
        this.arrivals = arrivals;
    }

    @Override
    public FeedSink sink() {
        return this;
    }

    @Override
    public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        arrivals.record(sequence, System.nanoTime());
    }

    @Override
    public void clock(long eventTimeNanos, long sequence) {
        // clock events are not measured
    }

    @Override
    public void close() {
        // nothing to stop
    }
}
