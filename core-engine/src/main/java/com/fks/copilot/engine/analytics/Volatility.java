package com.fks.copilot.engine.analytics;

import java.util.Arrays;

/**
 * Adaptive volatility (FKS-RULES "Volatility"): ATR(14) Wilder, a three-cluster k-means over the
 * recent ATRs, and the current ATR's percentile in its history.
 *
 * <p>Works on whole arrays: allocates the ATR series and a training buffer per call, nothing per bar.
 */
public final class Volatility {
    /** Bars needed for an analysis; with fewer, {@link VolatilityResult#INSUFFICIENT_DATA}. */
    public static final int MIN_BARS = 20;
    /** ATRs the k-means trains on (the positive ones among the most recent). */
    public static final int TRAINING_BARS = 250;
    /** ATRs the percentile ranks the current one against (current included). */
    public static final int HISTORY_BARS = 500;
    /** Positive ATRs the k-means needs; with fewer the result is MEDIUM at percentile 0.5. */
    public static final int MIN_TRAINING_VALUES = 10;

    private Volatility() {
    }

    /** The volatility of {@code bars} at its newest bar. */
    public static VolatilityResult analyze(Bars bars) {
        int n = bars.count();
        if (n < MIN_BARS) {
            return VolatilityResult.INSUFFICIENT_DATA;
        }
        double[] atr = new double[n];
        AverageTrueRange.wilder(bars, AverageTrueRange.PERIOD, atr);
        double current = atr[n - 1];
        if (current <= 0) {
            double fallback = meanHighLowOfLastBars(bars, AverageTrueRange.PERIOD);
            return VolatilityResult.neutral(Decimals.round(fallback == 0 ? 0.0001 : fallback, 6), 0.0);
        }

        double[] training = new double[TRAINING_BARS];
        int trainingCount = 0;
        for (int i = Math.max(0, n - TRAINING_BARS); i < n; i++) {
            if (atr[i] > 0) {
                training[trainingCount++] = atr[i];
            }
        }
        if (trainingCount < MIN_TRAINING_VALUES) {
            double rounded = Decimals.round(current, 6);
            return VolatilityResult.neutral(rounded, rounded);
        }

        double[] centroids = new double[3];
        VolatilityClusters.fit(training, 0, trainingCount, centroids);
        int nearest = VolatilityClusters.nearest(centroids, current);
        VolatilityCluster cluster = switch (nearest) {
            case VolatilityClusters.HIGH -> VolatilityCluster.HIGH;
            case VolatilityClusters.MEDIUM -> VolatilityCluster.MEDIUM;
            default -> VolatilityCluster.LOW;
        };
        double adaptiveAtr = centroids[nearest];
        double percentile = percentileBelow(atr, Math.max(0, n - HISTORY_BARS), n, current);
        Arrays.sort(centroids);
        return new VolatilityResult(cluster, Decimals.round(current, 6), Decimals.round(adaptiveAtr, 6),
                Decimals.round(percentile, 4), VolatilityRegime.fromPercentile(percentile),
                Decimals.round(centroids[0], 6), Decimals.round(centroids[1], 6), Decimals.round(centroids[2], 6));
    }

    /**
     * Share (0..1) of {@code history[from..to)} strictly below {@code value}; 0.5 with fewer than
     * two values.
     */
    static double percentileBelow(double[] history, int from, int to, double value) {
        int length = to - from;
        if (length < 2) {
            return 0.5;
        }
        int below = 0;
        for (int i = from; i < to; i++) {
            if (history[i] < value) {
                below++;
            }
        }
        return (double) below / length;
    }

    private static double meanHighLowOfLastBars(Bars bars, int length) {
        int from = Math.max(0, bars.count() - length);
        double sum = 0.0;
        for (int i = from; i < bars.count(); i++) {
            sum += Math.abs(bars.high(i) - bars.low(i));
        }
        return sum / (bars.count() - from);
    }
}
