package com.fks.copilot.gateway.massive;

import java.util.concurrent.TimeUnit;

/** Spaces requests evenly so a per-minute quota is never exceeded. Thread-safe. */
final class RequestPacer {
    private final long spacingNanos;
    private long nextSlot = Long.MIN_VALUE;

    RequestPacer(int requestsPerMinute) {
        this.spacingNanos = requestsPerMinute == 0 ? 0 : TimeUnit.MINUTES.toNanos(1) / requestsPerMinute;
    }

    /** Blocks until this caller may send its request. */
    void awaitTurn() throws InterruptedException {
        if (spacingNanos == 0) {
            return;
        }
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long slot = nextSlot == Long.MIN_VALUE ? now : Math.max(now, nextSlot);
            nextSlot = slot + spacingNanos;
            wait = slot - now;
        }
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
