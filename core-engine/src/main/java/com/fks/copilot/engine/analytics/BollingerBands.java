package com.fks.copilot.engine.analytics;

/**
 * Bollinger bands over a price series, in the unit of the input: middle = SMA(length),
 * upper/lower = middle ± width·σ where σ is the <em>population</em> standard deviation of the same
 * window (the σ FKS's normalised velocity uses too). Defined once {@code length} values exist.
 * Allocates nothing.
 */
public final class BollingerBands {
    private BollingerBands() {
    }

    /** Middle band at {@code end}: the simple mean of the {@code length} values ending there. */
    public static double middle(double[] values, int end, int length) {
        return MovingAverages.sma(values, end, length);
    }

    /** Upper band at {@code end}: middle + width·σ. */
    public static double upper(double[] values, int end, int length, double width) {
        return middle(values, end, length) + width * populationStdDev(values, end, length);
    }

    /** Lower band at {@code end}: middle − width·σ. */
    public static double lower(double[] values, int end, int length, double width) {
        return middle(values, end, length) - width * populationStdDev(values, end, length);
    }

    /** Population standard deviation (divide by {@code length}) of the {@code length} values ending at {@code end}. */
    public static double populationStdDev(double[] values, int end, int length) {
        double mean = MovingAverages.sma(values, end, length);
        double squares = 0.0;
        for (int i = end - length + 1; i <= end; i++) {
            double deviation = values[i] - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / length);
    }
}
