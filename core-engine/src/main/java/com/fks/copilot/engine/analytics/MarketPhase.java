package com.fks.copilot.engine.analytics;

import java.util.Arrays;

/** The market's phase at the newest bar (FKS-RULES "Market phase"). */
public enum MarketPhase {
    UPTREND,
    DOWNTREND,
    ACCUMULATION,
    DISTRIBUTION;

    /** Bars the recent high/low and their percentiles look back over. */
    public static final int RECENT_BARS = 10;
    /** Closes in the mean that breaks ties when no breakout or divergence decides. */
    public static final int MEAN_CLOSES = 20;

    /**
     * The phase at the newest bar. With AO = SMA5(hl2) − SMA34(hl2) now and AO[−11] ten bars
     * earlier (0 before bar 33 and with fewer than 12 bars):
     * <ol>
     *   <li>close above the highest high of the last 10 bars and AO &gt; 0: UPTREND;</li>
     *   <li>close below the lowest low of the last 10 bars and AO &lt; 0: DOWNTREND;</li>
     *   <li>close above the 75th percentile of the last 10 highs and 0 &lt; AO &lt; AO[−11]: DISTRIBUTION;</li>
     *   <li>close below the 25th percentile of the last 10 lows and AO[−11] &lt; AO &lt; 0: ACCUMULATION;</li>
     *   <li>AO &gt; 0: UPTREND if close &gt; mean of the last 20 closes, else ACCUMULATION;
     *       AO &lt; 0: DOWNTREND if close &lt; that mean, else DISTRIBUTION; AO = 0: ACCUMULATION.</li>
     * </ol>
     * With fewer than 20 bars: ACCUMULATION. Percentiles interpolate linearly between order
     * statistics (numpy's default). The last 10 bars include the newest, so with consistent
     * bars (low ≤ close ≤ high) rules 1 and 2 never fire and trends come from rule 5; kept as the
     * original has it.
     */
    public static MarketPhase detect(Bars bars) {
        int n = bars.count();
        if (n < MEAN_CLOSES) {
            return ACCUMULATION;
        }
        int last = n - 1;
        double close = bars.close(last);
        double ao = AwesomeOscillator.at(bars, last);
        double aoTenBarsAgo = n > 11 ? AwesomeOscillator.at(bars, n - 11) : 0.0;

        double recentHigh = Double.NEGATIVE_INFINITY;
        double recentLow = Double.POSITIVE_INFINITY;
        double[] highs = new double[RECENT_BARS];
        double[] lows = new double[RECENT_BARS];
        for (int k = 0; k < RECENT_BARS; k++) {
            int i = n - RECENT_BARS + k;
            highs[k] = bars.high(i);
            lows[k] = bars.low(i);
            recentHigh = Math.max(recentHigh, highs[k]);
            recentLow = Math.min(recentLow, lows[k]);
        }
        if (close > recentHigh && ao > 0) {
            return UPTREND;
        }
        if (close < recentLow && ao < 0) {
            return DOWNTREND;
        }
        Arrays.sort(highs);
        if (close > linearPercentile(highs, 0.75) && ao > 0 && ao < aoTenBarsAgo) {
            return DISTRIBUTION;
        }
        Arrays.sort(lows);
        if (close < linearPercentile(lows, 0.25) && ao < 0 && ao > aoTenBarsAgo) {
            return ACCUMULATION;
        }
        if (ao > 0) {
            return close > meanOfLastCloses(bars, MEAN_CLOSES) ? UPTREND : ACCUMULATION;
        }
        if (ao < 0) {
            return close < meanOfLastCloses(bars, MEAN_CLOSES) ? DOWNTREND : DISTRIBUTION;
        }
        return ACCUMULATION;
    }

    /**
     * The {@code q}-quantile (0..1) of ascending {@code sorted} values by linear interpolation,
     * evaluated as numpy does: {@code a + (b − a)·t} for {@code t < 0.5}, {@code b − (b − a)·(1 − t)} otherwise.
     */
    static double linearPercentile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        double t = position - below;
        if (below + 1 >= sorted.length) {
            return sorted[sorted.length - 1];
        }
        double a = sorted[below];
        double b = sorted[below + 1];
        double difference = b - a;
        return t >= 0.5 ? b - difference * (1 - t) : a + difference * t;
    }

    private static double meanOfLastCloses(Bars bars, int length) {
        double sum = 0.0;
        for (int i = bars.count() - length; i < bars.count(); i++) {
            sum += bars.close(i);
        }
        return sum / length;
    }
}
