package com.fks.copilot.engine.feed;

/** Where a feed publishes market inputs; the ring in production. Prices fixed-point, times epoch nanos. */
public interface FeedSink {
    void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence);

    void clock(long eventTimeNanos, long sequence);
}
