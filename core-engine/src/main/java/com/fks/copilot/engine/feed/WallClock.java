package com.fks.copilot.engine.feed;

import java.util.concurrent.locks.LockSupport;

/**
 * Live mode's clock: publishes a CLOCK event with the wall time at every whole second, so the
 * engine's notion of "now" arrives through the ring and the journal like any other input.
 */
public final class WallClock implements Runnable {
    private static final long NANOS_PER_MILLI = 1_000_000L;
    private final FeedSink sink;
    private volatile boolean running = true;
    private long sequence;

    public WallClock(FeedSink sink) {
        this.sink = sink;
    }

    public Thread startThread() {
        Thread thread = new Thread(this, "wall-clock");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        while (running) {
            long nowMillis = System.currentTimeMillis();
            sink.clock(nowMillis * NANOS_PER_MILLI, ++sequence);
            long sleepMillis = 1000 - nowMillis % 1000;
            LockSupport.parkNanos(sleepMillis * NANOS_PER_MILLI);
        }
    }

    public void stop() {
        running = false;
    }
}
