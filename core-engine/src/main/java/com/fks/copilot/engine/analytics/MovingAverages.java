package com.fks.copilot.engine.analytics;

/**
 * Simple, exponential, weighted and Hull moving averages over a price series (any unit; the
 * result is in the unit of the input). Pure functions over arrays; none allocates.
 */
public final class MovingAverages {
    private MovingAverages() {
    }

    /**
     * Simple moving average of the {@code length} values ending at {@code end} (inclusive).
     * The caller ensures {@code end + 1 >= length}.
     */
    public static double sma(double[] values, int end, int length) {
        double sum = 0.0;
        for (int i = end - length + 1; i <= end; i++) {
            sum += values[i];
        }
        return sum / length;
    }

    /**
     * Exponential moving average with smoothing factor {@code alpha}, seeded with the first value
     * and without bias adjustment: {@code out[0] = values[0]},
     * {@code out[i] = alpha·values[i] + (1 − alpha)·out[i−1]} (pandas {@code ewm(alpha, adjust=False)}).
     * An EMA "of length n" is {@code alpha = 2 / (n + 1)}.
     */
    public static void ema(double[] values, int count, double alpha, double[] out) {
        if (count == 0) {
            return;
        }
        double previous = values[0];
        out[0] = previous;
        for (int i = 1; i < count; i++) {
            previous = alpha * values[i] + (1.0 - alpha) * previous;
            out[i] = previous;
        }
    }

    /**
     * Linearly weighted moving average of the {@code length} values ending at {@code end}: the
     * oldest weighs 1, the newest {@code length}. The caller ensures {@code end + 1 >= length}.
     */
    public static double wma(double[] values, int end, int length) {
        double weighted = 0.0;
        int first = end - length + 1;
        for (int k = 0; k < length; k++) {
            weighted += values[first + k] * (k + 1);
        }
        return weighted / (length * (length + 1) / 2.0);
    }

    /**
     * Hull moving average of length 5 at {@code end}: {@code WMA2(2·WMA2 − WMA5)}, the trend-speed
     * smoother of FKS-RULES. Defined from {@code end >= 5} (both inner values need 5 inputs);
     * returns NaN before that, as the original's rolling windows did (it then reads NaN as 0).
     */
    public static double hma5(double[] values, int end) {
        if (end < 5) {
            return Double.NaN;
        }
        double previousHull = 2.0 * wma(values, end - 1, 2) - wma(values, end - 1, 5);
        double hull = 2.0 * wma(values, end, 2) - wma(values, end, 5);
        return (previousHull * 1 + hull * 2) / 3.0;
    }
}
