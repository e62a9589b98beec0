package com.fks.copilot.engine.analytics;

/**
 * True range and the two average-true-range definitions FKS uses, in points.
 *
 * <ul>
 *   <li>{@link #wilder}: the volatility ATR(14). {@code TR[0] = H − L}; indexes before
 *       {@code period − 1} hold the expanding mean of the true ranges so far; index
 *       {@code period − 1} holds the mean of the first {@code period}; after that Wilder's
 *       recursion with {@code α = 1/period}. (ta4j's ATR seeds its recursion with {@code TR[0]}
 *       instead, so the two differ early and converge.)</li>
 *   <li>{@link #meanOfLastTrueRanges}: the opening-range ATR, a plain mean of the last
 *       {@code period} true ranges.</li>
 * </ul>
 * Neither allocates.
 */
public final class AverageTrueRange {
    /** The ATR length FKS uses everywhere: 14 bars. */
    public static final int PERIOD = 14;

    private AverageTrueRange() {
    }

    /** True range of bar {@code i} in points; bar 0 has no previous close, so it is {@code H − L}. */
    public static double trueRange(Bars bars, int i) {
        double highLow = bars.high(i) - bars.low(i);
        if (i == 0) {
            return highLow;
        }
        double previousClose = bars.close(i - 1);
        return Math.max(highLow, Math.max(Math.abs(bars.high(i) - previousClose), Math.abs(bars.low(i) - previousClose)));
    }

    /** Fills {@code out[0..count)} with FKS's Wilder ATR of length {@code period}, in points. */
    public static void wilder(Bars bars, int period, double[] out) {
        int n = bars.count();
        double sum = 0.0;
        int seeded = Math.min(period, n);
        for (int i = 0; i < seeded; i++) {
            sum += trueRange(bars, i);
            out[i] = sum / (i + 1);
        }
        double alpha = 1.0 / period;
        for (int i = period; i < n; i++) {
            out[i] = alpha * trueRange(bars, i) + (1.0 - alpha) * out[i - 1];
        }
    }

    /**
     * The opening-range ATR in points: the mean of the last {@code period} true ranges when there
     * are at least {@code period + 1} bars; with fewer, the mean of {@code H − L} over all bars;
     * 0 with fewer than 2 bars.
     */
    public static double meanOfLastTrueRanges(Bars bars, int period) {
        int n = bars.count();
        if (n < period + 1) {
            if (n < 2) {
                return 0.0;
            }
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += bars.high(i) - bars.low(i);
            }
            return sum / n;
        }
        double sum = 0.0;
        for (int i = n - period; i < n; i++) {
            sum += trueRange(bars, i);
        }
        return sum / period;
    }
}
