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

    /** Plain decimal text with the given number of decimals; not for the hot path. */
    public static String format(long fixed, int decimals) {
        return BigDecimal.valueOf(fixed, 8).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
