package com.fks.copilot.engine.analytics;

/**
 * The wave analysis of one asset at its newest bar, rounded as FKS-RULES states (the values
 * downstream rules read are these rounded ones, as in the original). Wave sizes and speeds are
 * in points of the smoothed close; ratios are dimensionless.
 *
 * @param waveRatio    mean bull wave / |mean bear wave|, 2 dp
 * @param waveRatioMax largest bull wave / |largest bear wave|, 2 dp
 * @param currentRatio current trend speed over the mean wave of its side, 2 dp
 * @param dominance    (bullAvg − |bearAvg|) / (bullAvg + |bearAvg|), in [−1, 1], 3 dp
 * @param trendSpeed   HMA(5)-smoothed speed of the current wave, points, 4 dp
 * @param bias         side of the waves, from the unrounded dominance
 * @param strength     from the unrounded |currentRatio|
 * @param bullAvg      mean bull wave, points, 4 dp
 * @param bearAvg      mean bear wave (negative), points, 4 dp
 * @param bullMax      largest bull wave, points, 4 dp
 * @param bearMax      largest (most negative) bear wave, points, 4 dp
 * @param bullWaves    number of bull waves in the statistics
 * @param bearWaves    number of bear waves in the statistics
 * @param marketPhase  phase at the newest bar
 */
public record WaveResult(double waveRatio, double waveRatioMax, double currentRatio, double dominance,
                         double trendSpeed, WaveBias bias, TrendStrength strength, double bullAvg, double bearAvg,
                         double bullMax, double bearMax, int bullWaves, int bearWaves, MarketPhase marketPhase) {

    /**
     * What the analysis reports with fewer than 30 bars: ratio 1.0, NEUTRAL, ACCUMULATION. The
     * original had no max ratio in this case; 1.0 (no side stronger) is reported.
     */
    public static final WaveResult INSUFFICIENT_DATA = new WaveResult(1.0, 1.0, 0.0, 0.0, 0.0, WaveBias.NEUTRAL,
            TrendStrength.VERY_WEAK, 0.0, 0.0, 0.0, 0.0, 0, 0, MarketPhase.ACCUMULATION);
}
