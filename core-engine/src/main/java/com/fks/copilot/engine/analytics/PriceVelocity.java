package com.fks.copilot.engine.analytics;

/**
 * Normalised price velocity and acceleration at the newest bar (FKS-RULES "Signal quality"):
 * {@code v[i] = (c[i] − c[i−3]) / c[i−3]} (a fraction; 0 for the first 3 bars and after a zero
 * close), acceleration {@code a[i] = v[i] − v[i−3]}; both divided by the population standard
 * deviation of the last 100 velocities (the leading zeros count when there are fewer bars).
 * Dimensionless; 0 when that deviation is 0 or there are too few bars. Allocates nothing.
 */
public final class PriceVelocity {
    /** Bars over which a velocity is measured. */
    public static final int LOOKBACK = 3;
    /** Velocities in the normalising standard deviation. */
    public static final int STDEV_WINDOW = 100;

    private PriceVelocity() {
    }

    /** Velocity (fraction of price) over {@link #LOOKBACK} bars ending at {@code i}. */
    public static double velocity(double[] close, int i) {
        if (i < LOOKBACK) {
            return 0.0;
        }
        double previous = close[i - LOOKBACK];
        return previous != 0 ? (close[i] - previous) / previous : 0.0;
    }

    /** Newest velocity over the velocity's recent standard deviation. */
    public static double normalizedVelocity(double[] close, int count) {
        if (count < LOOKBACK + 2) {
            return 0.0;
        }
        double deviation = velocityStdDev(close, count);
        return deviation == 0 ? 0.0 : velocity(close, count - 1) / deviation;
    }

    /** Newest change of velocity over {@link #LOOKBACK} bars, over the velocity's recent standard deviation. */
    public static double normalizedAcceleration(double[] close, int count) {
        if (count < LOOKBACK * 2 + 2) {
            return 0.0;
        }
        double deviation = velocityStdDev(close, count);
        int last = count - 1;
        return deviation == 0 ? 0.0 : (velocity(close, last) - velocity(close, last - LOOKBACK)) / deviation;
    }

    private static double velocityStdDev(double[] close, int count) {
        int from = Math.max(0, count - STDEV_WINDOW);
        int length = count - from;
        double sum = 0.0;
        for (int i = from; i < count; i++) {
            sum += velocity(close, i);
        }
        double mean = sum / length;
        double squares = 0.0;
        for (int i = from; i < count; i++) {
            double deviation = velocity(close, i) - mean;
            squares += deviation * deviation;
        }
        return Math.sqrt(squares / length);
    }
}
