package com.fks.copilot.engine.ring;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A latency histogram one thread writes and any thread reads: fixed bucket bounds chosen once, a count
 * per bucket, nothing allocated or locked per record. Monitoring reads it at scrape time; a reader may
 * see one record's bucket and not yet its sum, which a scrape every few seconds cannot tell apart.
 */
public final class LatencyBuckets {
    /** Upper bounds in nanoseconds: 1 µs to 1 s, roughly 1-2.5-5 per decade; the last bucket is everything above. */
    private static final long[] BOUNDS_NANOS = {
            1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000, 500_000,
            1_000_000, 2_500_000, 5_000_000, 10_000_000, 25_000_000, 50_000_000, 100_000_000,
            250_000_000, 500_000_000, 1_000_000_000};
    private final AtomicLongArray counts = new AtomicLongArray(BOUNDS_NANOS.length + 1);
    private final AtomicLongArray sumNanos = new AtomicLongArray(1);

    /** Writer thread only. A negative duration (clocks of two sources) counts as zero. */
    public void record(long nanos) {
        long value = Math.max(0, nanos);
        int bucket = 0;
        while (bucket < BOUNDS_NANOS.length && value > BOUNDS_NANOS[bucket]) {
            bucket++;
        }
        counts.lazySet(bucket, counts.get(bucket) + 1);
        sumNanos.lazySet(0, sumNanos.get(0) + value);
    }

    /** Finite upper bounds, in seconds (the last bucket, +Inf, not included). */
    public static double[] boundsSeconds() {
        double[] seconds = new double[BOUNDS_NANOS.length];
        for (int i = 0; i < seconds.length; i++) {
            seconds[i] = BOUNDS_NANOS[i] / 1e9;
        }
        return seconds;
    }

    /** Records in each bucket (not cumulative), the +Inf bucket last. */
    public long[] counts() {
        long[] copy = new long[counts.length()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = counts.get(i);
        }
        return copy;
    }

    public double sumSeconds() {
        return sumNanos.get(0) / 1e9;
    }
}
