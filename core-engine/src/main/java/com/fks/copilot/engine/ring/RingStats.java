package com.fks.copilot.engine.ring;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * What the engine stage counts as it applies events, for monitoring: events per input type, how long
 * each took from ingress to applied, and the wall time the engine last finished a batch. Written by the
 * engine thread only, with plain ordered stores; read by a scrape on any thread.
 */
public final class RingStats {
    /** Input event type codes are small bytes ({@code EventType}); unknown codes share the last slot. */
    public static final int TYPES = 16;
    private final AtomicLongArray eventsByType = new AtomicLongArray(TYPES);
    private final LatencyBuckets apply = new LatencyBuckets();
    private volatile long lastBatchEpochMillis;

    /** Engine thread: one event of {@code type} applied {@code latencyNanos} after it entered the ring (negative = not stamped). */
    public void applied(byte type, long latencyNanos) {
        int slot = type >= 0 && type < TYPES ? type : TYPES - 1;
        eventsByType.lazySet(slot, eventsByType.get(slot) + 1);
        if (latencyNanos >= 0) {
            apply.record(latencyNanos);
        }
    }

    /** Engine thread: a batch was applied and persisted. */
    public void batchEnded(long epochMillis) {
        lastBatchEpochMillis = epochMillis;
    }

    public long events(byte type) {
        return eventsByType.get(type);
    }

    public LatencyBuckets apply() {
        return apply;
    }

    /** Wall time (epoch ms) the engine last finished a batch; 0 before the first. */
    public long lastBatchEpochMillis() {
        return lastBatchEpochMillis;
    }
}
