package com.fks.copilot.perf;

import org.HdrHistogram.Histogram;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** HdrHistograms of latencies in nanos, and the one-line text every report uses (µs). */
public final class LatencyReport {
    /** Largest latency tracked; longer ones are recorded as this. */
    public static final long HIGHEST_NANOS = TimeUnit.SECONDS.toNanos(60);

    private LatencyReport() {
    }

    /** 3 significant digits, 1 ns .. {@link #HIGHEST_NANOS}. */
    public static Histogram newHistogram() {
        return new Histogram(HIGHEST_NANOS, 3);
    }

    /** Records a latency in nanos, clamped to [0, {@link #HIGHEST_NANOS}]. Allocation-free. */
    public static void record(Histogram histogram, long nanos) {
        histogram.recordValue(Math.max(0, Math.min(nanos, HIGHEST_NANOS)));
    }

    /** {@code count=… p50=… p90=… p99=… p99.9=… max=… µs}. */
    public static String line(Histogram h) {
        return String.format(Locale.ROOT, "count=%d p50=%s p90=%s p99=%s p99.9=%s max=%s µs", h.getTotalCount(),
                micros(h.getValueAtPercentile(50)), micros(h.getValueAtPercentile(90)),
                micros(h.getValueAtPercentile(99)), micros(h.getValueAtPercentile(99.9)), micros(h.getMaxValue()));
    }

    public static String micros(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1000.0);
    }
}
