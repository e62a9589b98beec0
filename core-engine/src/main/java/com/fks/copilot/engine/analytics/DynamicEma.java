package com.fks.copilot.engine.analytics;

/**
 * The FKS dynamic EMA of closes, in points: an EMA whose length moves between 5 and
 * {@code maxLen} with where the close sits in its window, and which speeds up on large
 * bar-to-bar moves (FKS-RULES "Wave analysis"). For {@code i >= 1}, over the window W of the
 * {@code min(i + 1, 200)} closes ending at {@code i}:
 * <pre>
 *   maxAbs = max |close| over W                         (at least 1e-10)
 *   norm   = (close[i] + maxAbs) / (2·maxAbs)
 *   dynLen = 5 + norm·(maxLen − 5)
 *   accel  = |close[i] − close[i−1]| / max |Δclose|    (changes ending in W, at least 1e-10)
 *   alpha  = min(0.9, 2/(dynLen + 1) · (1 + accel·accelMult·0.8))
 *   ema[i] = alpha·close[i] + (1 − alpha)·ema[i−1],     ema[0] = close[0]
 * </pre>
 * Allocates nothing; {@link #next} is O(window) per bar, {@link #compute} about O(1) per bar.
 */
public final class DynamicEma {
    /** Bars in the normalisation window. */
    public static final int WINDOW = 200;
    private static final double FLOOR = 1e-10;

    private DynamicEma() {
    }

    /**
     * Fills {@code out[0..count)} with the dynamic EMA of {@code close}: the values {@link #next} gives bar by bar, but
     * each window maximum is carried from bar to bar and rescanned only when the bar holding it leaves the window, so a
     * series costs about O(count) instead of O(count · WINDOW). A maximum does not depend on the order it is taken in,
     * so the values are the same to the bit (a series with a NaN or infinite close, whose NaN {@code Math.max} spreads, takes {@link #next}
     * itself).
     */
    public static void compute(double[] close, int count, AssetParams params, double[] out) {
        if (count == 0) {
            return;
        }
        out[0] = close[0];
        for (int i = 0; i < count; i++) {
            if (!Double.isFinite(close[i])) {
                for (int j = 1; j < count; j++) {
                    out[j] = next(close, j, params, out[j - 1]);
                }
                return;
            }
        }
        double maxAbs = Math.abs(close[0]);
        int maxAbsAt = 0;
        double maxChange = 0.0; // next()'s starting value; every change is at least 0
        int maxChangeAt = 1;
        for (int i = 1; i < count; i++) {
            int windowStart = Math.max(0, i - WINDOW + 1);
            if (maxAbsAt < windowStart) {
                maxAbs = 0.0;
                for (int k = windowStart; k <= i; k++) {
                    if (Math.abs(close[k]) >= maxAbs) {
                        maxAbs = Math.abs(close[k]);
                        maxAbsAt = k;
                    }
                }
            } else if (Math.abs(close[i]) >= maxAbs) {
                maxAbs = Math.abs(close[i]);
                maxAbsAt = i;
            }
            int changeStart = Math.max(1, windowStart);
            if (maxChangeAt < changeStart) {
                maxChange = 0.0;
                for (int k = changeStart; k <= i; k++) {
                    if (Math.abs(close[k] - close[k - 1]) >= maxChange) {
                        maxChange = Math.abs(close[k] - close[k - 1]);
                        maxChangeAt = k;
                    }
                }
            } else if (Math.abs(close[i] - close[i - 1]) >= maxChange) {
                maxChange = Math.abs(close[i] - close[i - 1]);
                maxChangeAt = i;
            }
            out[i] = step(close, i, params, out[i - 1], maxAbs, maxChange);
        }
    }

    /** The dynamic EMA at {@code i >= 1} given its value at {@code i − 1}. */
    public static double next(double[] close, int i, AssetParams params, double previous) {
        int windowStart = Math.max(0, i - WINDOW + 1);
        double maxAbs = 0.0;
        for (int k = windowStart; k <= i; k++) {
            maxAbs = Math.max(maxAbs, Math.abs(close[k]));
        }
        double maxChange = 0.0;
        for (int k = Math.max(1, windowStart); k <= i; k++) {
            maxChange = Math.max(maxChange, Math.abs(close[k] - close[k - 1]));
        }
        return step(close, i, params, previous, maxAbs, maxChange);
    }

    /** The EMA at {@code i} from its window's largest |close| and |Δclose| (before the floor). */
    private static double step(double[] close, int i, AssetParams params, double previous, double windowMaxAbs,
                               double windowMaxChange) {
        double maxAbs = Math.max(windowMaxAbs, FLOOR);
        double maxChange = Math.max(windowMaxChange, FLOOR);
        double norm = (close[i] + maxAbs) / (2 * maxAbs);
        double dynLen = 5 + norm * (params.maxLen() - 5);
        double accel = Math.abs(close[i] - close[i - 1]) / maxChange;
        double alpha = Math.min(0.9, 2.0 / (dynLen + 1.0) * (1.0 + accel * params.accelMult() * 0.8));
        return alpha * close[i] + (1.0 - alpha) * previous;
    }
}
