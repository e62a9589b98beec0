package com.fks.copilot.gateway.feed;

import com.fks.copilot.engine.feed.FeedSink;

import java.time.Duration;

/**
 * Puts the wall clock's CLOCK events on a delayed plan's market time: each is published
 * {@code delay} earlier than the wall says; ticks pass through untouched. On Massive's delayed
 * cluster trades arrive with exchange times ~10 minutes old: against an undelayed clock the
 * engine would close each 1-minute bar a second after it opened (its minute already "over") and
 * split every minute into many bars, and sessions would turn on the wall's time rather than the
 * market the trader is looking at.
 */
public final class ClockShift implements FeedSink {
    private final FeedSink ring;
    private final long delayNanos;

    public ClockShift(FeedSink ring, Duration delay) {
        this.ring = ring;
        this.delayNanos = delay.toNanos();
    }

    @Override
    public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        ring.tick(instrument, price, quantity, exchangeTimeNanos, sequence);
    }

    @Override
    public void clock(long eventTimeNanos, long sequence) {
        ring.clock(eventTimeNanos - delayNanos, sequence);
    }
}
