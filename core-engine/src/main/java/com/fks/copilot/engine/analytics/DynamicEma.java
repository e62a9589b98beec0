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
 * Allocates nothing; O(window) per bar.
 */
public final class DynamicEma {
    /** Bars in the normalisation window. */
    public static final int WINDOW = 200;
    private static final double FLOOR = 1e-10;

    private DynamicEma() {
    }

    /** Fills {@code out[0..count)} with the dynamic EMA of {@code close}. */
    public static void compute(double[] close, int count, AssetParams params, double[] out) {
        if (count == 0) {
            return;
        }
        out[0] = close[0];
        for (int i = 1; i < count; i++) {
            out[i] = next(close, i, params, out[i - 1]);
        }
    }

    /** The dynamic EMA at {@code i >= 1} given its value at {@code i − 1}. */
    public static double next(double[] close, int i, AssetParams params, double previous) {
        int windowStart = Math.max(0, i - WINDOW + 1);
        double maxAbs = 0.0;
        for (int k = windowStart; k <= i; k++) {
            maxAbs = Math.max(maxAbs, Math.abs(close[k]));
        }
        maxAbs = Math.max(maxAbs, FLOOR);
        double maxChange = 0.0;
        for (int k = Math.max(1, windowStart); k <= i; k++) {
            maxChange = Math.max(maxChange, Math.abs(close[k] - close[k - 1]));
        }
        maxChange = Math.max(maxChange, FLOOR);

        double norm = (close[i] + maxAbs) / (2 * maxAbs);
        double dynLen = 5 + norm * (params.maxLen() - 5);
        double accel = Math.abs(close[i] - close[i - 1]) / maxChange;
        double alpha = Math.min(0.9, 2.0 / (dynLen + 1.0) * (1.0 + accel * params.accelMult() * 0.8));
        return alpha * close[i] + (1.0 - alpha) * previous;
    }
}
