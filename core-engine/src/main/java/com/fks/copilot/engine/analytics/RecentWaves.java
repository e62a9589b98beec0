package com.fks.copilot.engine.analytics;

/**
 * The sizes of the most recent completed waves of one side (bull or bear), oldest first, in
 * smoothed-price points; older waves fall out once {@code capacity} are held. A fixed ring:
 * adding allocates nothing. Not thread-safe.
 */
final class RecentWaves {
    private final double[] sizes;
    private int next;
    private int size;

    RecentWaves(int capacity) {
        this.sizes = new double[capacity];
    }

    void add(double waveSize) {
        sizes[next] = waveSize;
        next = (next + 1) % sizes.length;
        size = Math.min(size + 1, sizes.length);
    }

    int size() {
        return size;
    }

    /** The {@code k}-th held wave, 0 = oldest. */
    double get(int k) {
        int oldest = size < sizes.length ? 0 : next;
        return sizes[(oldest + k) % sizes.length];
    }

    /** Mean of the held waves, summed oldest first. */
    double mean() {
        double sum = 0.0;
        for (int k = 0; k < size; k++) {
            sum += get(k);
        }
        return sum / size;
    }

    double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            max = Math.max(max, get(k));
        }
        return max;
    }

    double min() {
        double min = Double.POSITIVE_INFINITY;
        for (int k = 0; k < size; k++) {
            min = Math.min(min, get(k));
        }
        return min;
    }
}
