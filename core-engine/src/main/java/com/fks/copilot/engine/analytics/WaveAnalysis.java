package com.fks.copilot.engine.analytics;

/**
 * Bull and bear waves around the dynamic EMA, their statistics and the current trend speed
 * (FKS-RULES "Wave analysis").
 *
 * <p>A wave's "speed" accumulates {@code d[i] = cs[i] − cs[i−1]}, where {@code cs} is the EMA of
 * closes with α = 0.1, and restarts at {@code d[i]} whenever the close crosses the dynamic EMA.
 * When a bull wave ends (close crosses below) its highest speed is recorded; when a bear wave
 * ends, its lowest. The trend speed is that same running speed smoothed with HMA(5).
 *
 * <p>Works on whole arrays: allocates two {@code double[count]} scratch arrays and two rings of
 * {@code lookbackWaves} per call, nothing per bar.
 */
public final class WaveAnalysis {
    /** Bars needed for an analysis; with fewer, {@link WaveResult#INSUFFICIENT_DATA}. */
    public static final int MIN_BARS = 30;
    /** Smoothing factor of the close EMA whose changes make up a wave's speed. */
    public static final double SPEED_SMOOTHING = 0.1;
    /** Stand-in wave size when no wave of a side has completed, in points. */
    public static final double NO_WAVE = 0.0001;

    private WaveAnalysis() {
    }

    /** The analysis of {@code bars} at its newest bar with the given asset's parameters. */
    public static WaveResult analyze(Bars bars, AssetParams params) {
        int n = bars.count();
        if (n < MIN_BARS) {
            return WaveResult.INSUFFICIENT_DATA;
        }
        double[] close = bars.closes();
        double[] ema = new double[n];
        DynamicEma.compute(close, n, params, ema);

        double[] speedSeries = new double[n];
        RecentWaves bull = new RecentWaves(params.lookbackWaves());
        RecentWaves bear = new RecentWaves(params.lookbackWaves());
        trackWaves(close, ema, n, speedSeries, bull, bear);
        if (bull.size() == 0) {
            bull.add(NO_WAVE);
        }
        if (bear.size() == 0) {
            bear.add(-NO_WAVE);
        }

        double bullAvg = bull.mean();
        double bearAvg = bear.mean();
        double bullMax = bull.max();
        double bearMax = bear.min();
        if (bullAvg == 0) {
            bullAvg = NO_WAVE;
        }
        if (bearAvg == 0) {
            bearAvg = -NO_WAVE;
        }
        double waveRatio = safeDivide(bullAvg, Math.abs(bearAvg), 1.0);
        double waveRatioMax = safeDivide(bullMax, Math.abs(bearMax), 1.0);
        double dominance = safeDivide(bullAvg - Math.abs(bearAvg), bullAvg + Math.abs(bearAvg), 0.0);

        double trendSpeed = MovingAverages.hma5(speedSeries, n - 1);
        if (Double.isNaN(trendSpeed)) {
            trendSpeed = 0.0;
        }
        double currentRatio = trendSpeed > 0
                ? safeDivide(trendSpeed, bullAvg, 1.0)
                : safeDivide(trendSpeed, Math.abs(bearAvg), -1.0);

        return new WaveResult(
                Decimals.round(waveRatio, 2),
                Decimals.round(waveRatioMax, 2),
                Decimals.round(currentRatio, 2),
                Decimals.round(dominance, 3),
                Decimals.round(trendSpeed, 4),
                WaveBias.fromDominance(dominance),
                TrendStrength.fromRatio(Math.abs(currentRatio)),
                Decimals.round(bullAvg, 4),
                Decimals.round(bearAvg, 4),
                Decimals.round(bullMax, 4),
                Decimals.round(bearMax, 4),
                bull.size(),
                bear.size(),
                MarketPhase.detect(bars));
    }

    /**
     * One pass over the bars: fills {@code speedSeries} with the running wave speed at each bar
     * (0 at bar 0) and records each completed wave in {@code bull} or {@code bear}.
     */
    static void trackWaves(double[] close, double[] ema, int n, double[] speedSeries,
                           RecentWaves bull, RecentWaves bear) {
        double smoothed = close[0];
        double speed = 0.0;
        double lowest = 0.0;
        double highest = 0.0;
        int position = 0;
        speedSeries[0] = 0.0;
        for (int i = 1; i < n; i++) {
            double previousSmoothed = smoothed;
            smoothed = (1.0 - SPEED_SMOOTHING) * smoothed + SPEED_SMOOTHING * close[i];
            double change = smoothed - previousSmoothed;
            speed += change;
            lowest = Math.min(lowest, speed);
            highest = Math.max(highest, speed);

            boolean crossesBelow = close[i] < ema[i] && close[i - 1] >= ema[i - 1];
            boolean crossesAbove = close[i] > ema[i] && close[i - 1] <= ema[i - 1];
            if (crossesBelow) {
                if (position == 1) {
                    bull.add(highest);
                }
                position = -1;
            } else if (crossesAbove) {
                if (position == -1) {
                    bear.add(lowest);
                }
                position = 1;
            }
            if (crossesBelow || crossesAbove) {
                speed = change;
                lowest = change;
                highest = change;
            }
            speedSeries[i] = speed;
        }
    }

    private static double safeDivide(double numerator, double denominator, double otherwise) {
        if (denominator == 0 || Double.isNaN(denominator)) {
            return otherwise;
        }
        return numerator / denominator;
    }
}
