package com.fks.copilot.engine.market;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Prices travel as exact fixed-point longs: {@link #SCALE} units per point of the quoted price.
 * A price is never multiplied by a contract multiplier; dollars come only from
 * {@link Instrument#dollarsFor(long, long)}.
 */
public final class Prices {
    /** Fixed-point units per price point (1e-8 of a point). */
    public static final long SCALE = 100_000_000L;
    public static final long NONE = Long.MIN_VALUE;

    private Prices() {
    }

    /** Nearest fixed-point value of a decimal price in points. */
    public static long toFixed(double points) {
        return Math.round(points * SCALE);
    }

    /** The double nearest to the fixed-point price, in points (5212.3 stays 5212.3). */
    public static double toPoints(long fixed) {
        return fixed / (double) SCALE;
    }

    /**
     * {@code fixed} rounded half up (away from zero) to {@code decimals} decimals, as a count of
     * those decimals' units: 5212.34 at 1 decimal is 52123. Exact, no floating point.
     */
    public static long roundedUnits(long fixed, int decimals) {
        long unit = unitOf(decimals);
        long magnitude = (Math.abs(fixed) + unit / 2) / unit;
        return fixed < 0 ? -magnitude : magnitude;
    }

    /**
     * The change from {@code open} to {@code open + delta} in hundredths of a percent, rounded half up
     * (away from zero): +4.0 on 5208.3 is 8 (0.08 %). Exact integer arithmetic, so the live price
     * line and the card always agree to the last digit.
     */
    public static long changeBasisPoints(long delta, long open) {
        if (open <= 0) {
            return 0;
        }
        long magnitude = (Math.abs(delta) * 20_000 + open) / (2 * open);
        return delta < 0 ? -magnitude : magnitude;
    }

    private static long unitOf(int decimals) {
        if (decimals < 0 || decimals > 8) {
            throw new IllegalArgumentException("decimals must be 0..8: " + decimals);
        }
        long unit = 1;
        for (int i = decimals; i < 8; i++) {
            unit *= 10;
        }
        return unit;
    }

    /** Plain decimal text with the given number of decimals; not for the hot path. */
    public static String format(long fixed, int decimals) {
        return BigDecimal.valueOf(fixed, 8).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
