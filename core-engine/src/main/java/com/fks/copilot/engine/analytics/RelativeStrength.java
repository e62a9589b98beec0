package com.fks.copilot.engine.analytics;

/**
 * RSI with Wilder's smoothing, seeded the FKS way: the first average gain and loss are the simple
 * means of the first {@code period} close-to-close changes; after that
 * {@code avg = (avg·(period − 1) + x) / period}. A value is in [0, 100]; 100 when the average loss
 * is 0 (also when both averages are 0, where ta4j gives 0). ta4j's RSI instead starts its Wilder
 * averages at the first change, so the two differ early and converge. Allocates nothing.
 */
public final class RelativeStrength {
    /** The RSI length FKS uses: 14 changes. */
    public static final int PERIOD = 14;
    /** What the original reports with too few bars for one RSI value. */
    public static final double NEUTRAL = 50.0;

    private RelativeStrength() {
    }

    /** RSI of the newest bar, or {@link #NEUTRAL} with fewer than {@code period + 1} closes. */
    public static double last(double[] close, int count, int period) {
        if (count < period + 1) {
            return NEUTRAL;
        }
        return series(close, count, period, null);
    }

    /**
     * Fills {@code out[period..count)} with the RSI of each bar (earlier entries are NaN) and
     * returns the newest; {@code out} may be null when only the newest is wanted. Needs
     * {@code count >= period + 1}.
     */
    public static double series(double[] close, int count, int period, double[] out) {
        double gainSum = 0.0;
        double lossSum = 0.0;
        for (int i = 1; i <= period; i++) {
            double change = close[i] - close[i - 1];
            gainSum += Math.max(change, 0.0);
            lossSum += Math.max(-change, 0.0);
        }
        double averageGain = gainSum / period;
        double averageLoss = lossSum / period;
        if (out != null) {
            for (int i = 0; i < period; i++) {
                out[i] = Double.NaN;
            }
            out[period] = rsi(averageGain, averageLoss);
        }
        for (int i = period + 1; i < count; i++) {
            double change = close[i] - close[i - 1];
            averageGain = (averageGain * (period - 1) + Math.max(change, 0.0)) / period;
            averageLoss = (averageLoss * (period - 1) + Math.max(-change, 0.0)) / period;
            if (out != null) {
                out[i] = rsi(averageGain, averageLoss);
            }
        }
        return rsi(averageGain, averageLoss);
    }

    private static double rsi(double averageGain, double averageLoss) {
        if (averageLoss == 0.0) {
            return 100.0;
        }
        double rs = averageGain / averageLoss;
        return 100.0 - 100.0 / (1.0 + rs);
    }
}
