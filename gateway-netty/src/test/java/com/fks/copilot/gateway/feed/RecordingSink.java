package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.feed.FeedSink;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link FeedSink} that keeps every tick, in the order published; readable from any thread. */
final class RecordingSink implements FeedSink {
    record Tick(int instrument, long price, long quantity, long timeNanos, long sequence) {
        long minute() {
            return Math.floorDiv(timeNanos, 60_000_000_000L);
        }
    }

    private final List<Tick> ticks = new CopyOnWriteArrayList<>();
    private final List<Long> clockTimes = new CopyOnWriteArrayList<>();

    @Override
    public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        ticks.add(new Tick(instrument, price, quantity, exchangeTimeNanos, sequence));
    }

    @Override
    public void clock(long eventTimeNanos, long sequence) {
        clockTimes.add(eventTimeNanos);
    }

    List<Long> clockTimes() {
        return List.copyOf(clockTimes);
    }

    List<Tick> ticks() {
        return List.copyOf(ticks);
    }

    int size() {
        return ticks.size();
    }
}
