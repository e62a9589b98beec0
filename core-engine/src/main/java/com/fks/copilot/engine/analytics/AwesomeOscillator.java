package com.fks.copilot.engine.analytics;

/**
 * Bill Williams' Awesome Oscillator in points: {@code SMA5(hl2) − SMA34(hl2)} of the median price
 * {@code hl2 = (high + low) / 2}. (The original's NinjaTrader FKS_Core used the typical price
 * instead of the median; this is the median, as FKS-RULES defines it.) Allocates nothing.
 */
public final class AwesomeOscillator {
    public static final int FAST = 5;
    public static final int SLOW = 34;

    private AwesomeOscillator() {
    }

    /** AO of bar {@code i}; 0 before bar 33, where the 34-bar average is not yet defined. */
    public static double at(Bars bars, int i) {
        if (i < SLOW - 1) {
            return 0.0;
        }
        return medianAverage(bars, i, FAST) - medianAverage(bars, i, SLOW);
    }

    private static double medianAverage(Bars bars, int end, int length) {
        double sum = 0.0;
        for (int i = end - length + 1; i <= end; i++) {
            sum += bars.hl2(i);
        }
        return sum / length;
    }
}
