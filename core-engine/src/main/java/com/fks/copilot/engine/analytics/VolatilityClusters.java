package com.fks.copilot.engine.analytics;

/**
 * One-dimensional k-means with three clusters over ATR values (points), as FKS-RULES specifies:
 * centroids start at {@code lower + range·{0.8, 0.5, 0.2}} (HIGH, MEDIUM, LOW), at most 10
 * iterations, converged when every centroid moves less than {@code mean·0.001}. A point belongs
 * to the nearest centroid (ties go to the higher cluster); an empty cluster keeps its centroid.
 * Allocates nothing: the caller passes the centroid array.
 */
final class VolatilityClusters {
    static final int HIGH = 0;
    static final int MEDIUM = 1;
    static final int LOW = 2;
    static final int MAX_ITERATIONS = 10;

    private VolatilityClusters() {
    }

    /**
     * Fits the three centroids to {@code values[from..to)} and writes them to
     * {@code centroids} in the order HIGH, MEDIUM, LOW. Needs at least one value.
     */
    static void fit(double[] values, int from, int to, double[] centroids) {
        double lower = Double.POSITIVE_INFINITY;
        double upper = Double.NEGATIVE_INFINITY;
        double sum = 0.0;
        for (int i = from; i < to; i++) {
            lower = Math.min(lower, values[i]);
            upper = Math.max(upper, values[i]);
            sum += values[i];
        }
        double range = upper - lower;
        if (range <= 0) {
            range = Math.max(Math.abs(upper), 1e-8);
        }
        centroids[HIGH] = lower + range * 0.8;
        centroids[MEDIUM] = lower + range * 0.5;
        centroids[LOW] = lower + range * 0.2;
        double convergence = sum / (to - from) * 0.001;

        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double highSum = 0.0;
            double mediumSum = 0.0;
            double lowSum = 0.0;
            int highCount = 0;
            int mediumCount = 0;
            int lowCount = 0;
            for (int i = from; i < to; i++) {
                switch (nearest(centroids, values[i])) {
                    case HIGH -> {
                        highSum += values[i];
                        highCount++;
                    }
                    case MEDIUM -> {
                        mediumSum += values[i];
                        mediumCount++;
                    }
                    default -> {
                        lowSum += values[i];
                        lowCount++;
                    }
                }
            }
            double newHigh = highCount > 0 ? highSum / highCount : centroids[HIGH];
            double newMedium = mediumCount > 0 ? mediumSum / mediumCount : centroids[MEDIUM];
            double newLow = lowCount > 0 ? lowSum / lowCount : centroids[LOW];
            boolean converged = Math.abs(newHigh - centroids[HIGH]) < convergence
                    && Math.abs(newMedium - centroids[MEDIUM]) < convergence
                    && Math.abs(newLow - centroids[LOW]) < convergence;
            centroids[HIGH] = newHigh;
            centroids[MEDIUM] = newMedium;
            centroids[LOW] = newLow;
            if (converged) {
                return;
            }
        }
    }

    /** Index of the centroid nearest to {@code value}; the first (higher cluster) wins a tie. */
    static int nearest(double[] centroids, double value) {
        int best = HIGH;
        double bestDistance = Math.abs(value - centroids[HIGH]);
        for (int k = MEDIUM; k <= LOW; k++) {
            double distance = Math.abs(value - centroids[k]);
            if (distance < bestDistance) {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }
}
