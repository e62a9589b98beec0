package com.fks.copilot.perf;

import java.util.List;
import java.util.Locale;

/** Throughput arithmetic for the harnesses that time whole passes: events per second, best and median of runs. */
public final class Rates {
    private Rates() {
    }

    /** {@code events} in {@code millis} as events per second, e.g. {@code "1,234,567 ev/s"}. */
    public static String perSecond(long events, double millis) {
        return String.format(Locale.ROOT, "%,.0f ev/s", eventsPerSecond(events, millis));
    }

    public static double eventsPerSecond(long events, double millis) {
        if (!(millis > 0)) {
            throw new IllegalArgumentException("a pass takes some time: " + millis + " ms");
        }
        return events * 1000.0 / millis;
    }

    /** The fastest pass (the smallest time). */
    public static double best(List<Double> millis) {
        return millis.stream().mapToDouble(Double::doubleValue).min()
                .orElseThrow(() -> new IllegalArgumentException("no passes"));
    }

    /** The median pass; for an even count, the mean of the middle two. */
    public static double median(List<Double> millis) {
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no passes");
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
