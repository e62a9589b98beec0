package com.fks.copilot.engine.analytics;

/**
 * Reversal candles on one bar (FKS-RULES "Signal quality"). With body = |close − open|,
 * range = high − low (a zero range counts as 0.00001), and the wicks beyond the body:
 * <ul>
 *   <li>hammer: body &lt; 0.3·range, lower wick &gt; 2·body, upper wick &lt; body;
 *       the shooting star mirrors it;</li>
 *   <li>engulfing: the bar closes against the previous bar's direction beyond its open, having
 *       opened beyond its close;</li>
 *   <li>pin bar: one wick &gt; 0.6·range, body &lt; 0.3·range, the other wick &lt; 0.3·range.</li>
 * </ul>
 * Bar 0 has no previous bar and shows no pattern. Allocates nothing.
 */
public final class CandlePatterns {
    private static final double ZERO_RANGE = 0.00001;

    private CandlePatterns() {
    }

    /** Hammer, bullish engulfing or bullish (lower-wick) pin bar at bar {@code i}. */
    public static boolean isBullish(Bars bars, int i) {
        return i >= 1 && (isHammer(bars, i) || isBullishEngulfing(bars, i) || isBullishPinBar(bars, i));
    }

    /** Shooting star, bearish engulfing or bearish (upper-wick) pin bar at bar {@code i}. */
    public static boolean isBearish(Bars bars, int i) {
        return i >= 1 && (isShootingStar(bars, i) || isBearishEngulfing(bars, i) || isBearishPinBar(bars, i));
    }

    public static boolean isHammer(Bars bars, int i) {
        double body = body(bars, i);
        return body < range(bars, i) * 0.3 && lowerWick(bars, i) > body * 2 && upperWick(bars, i) < body;
    }

    public static boolean isShootingStar(Bars bars, int i) {
        double body = body(bars, i);
        return body < range(bars, i) * 0.3 && upperWick(bars, i) > body * 2 && lowerWick(bars, i) < body;
    }

    public static boolean isBullishEngulfing(Bars bars, int i) {
        return bars.close(i) > bars.open(i)
                && bars.close(i - 1) < bars.open(i - 1)
                && bars.close(i) > bars.open(i - 1)
                && bars.open(i) < bars.close(i - 1);
    }

    public static boolean isBearishEngulfing(Bars bars, int i) {
        return bars.close(i) < bars.open(i)
                && bars.close(i - 1) > bars.open(i - 1)
                && bars.close(i) < bars.open(i - 1)
                && bars.open(i) > bars.close(i - 1);
    }

    public static boolean isBullishPinBar(Bars bars, int i) {
        double range = range(bars, i);
        return lowerWick(bars, i) > range * 0.6 && body(bars, i) < range * 0.3 && upperWick(bars, i) < range * 0.3;
    }

    public static boolean isBearishPinBar(Bars bars, int i) {
        double range = range(bars, i);
        return upperWick(bars, i) > range * 0.6 && body(bars, i) < range * 0.3 && lowerWick(bars, i) < range * 0.3;
    }

    private static double body(Bars bars, int i) {
        return Math.abs(bars.close(i) - bars.open(i));
    }

    private static double range(Bars bars, int i) {
        double range = bars.high(i) - bars.low(i);
        return range == 0 ? ZERO_RANGE : range;
    }

    private static double lowerWick(Bars bars, int i) {
        return Math.min(bars.open(i), bars.close(i)) - bars.low(i);
    }

    private static double upperWick(Bars bars, int i) {
        return bars.high(i) - Math.max(bars.open(i), bars.close(i));
    }
}
