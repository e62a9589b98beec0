package com.fks.copilot.engine.analytics;

/**
 * The FKS signal-quality score of one asset at its newest bar (FKS-RULES "Signal quality"),
 * rounded as the original reported it.
 *
 * @param score              quality in [0, 1], 3 dp
 * @param qualityPct         the unrounded score × 100, 1 dp
 * @param highQuality        unrounded score ≥ 0.6
 * @param context            trend context the score was judged in
 * @param rsi                RSI(14), 0..100, 1 dp
 * @param ao                 Awesome Oscillator, points, 4 dp
 * @param normalizedVelocity 3-bar velocity over its recent σ, dimensionless, 4 dp
 * @param priceAcceleration  3-bar change of velocity over the same σ, dimensionless, 4 dp
 * @param trendSpeedFactor   0, 0.4, 0.7 or 1 from |currentRatio|
 * @param bullishCandle      hammer, bullish engulfing or bullish pin bar on the newest bar
 * @param bearishCandle      shooting star, bearish engulfing or bearish pin bar on the newest bar
 * @param htfBias            agreement of context and wave bias: 0, 0.5 or 1
 */
public record QualityResult(double score, double qualityPct, boolean highQuality, MarketContext context, double rsi,
                            double ao, double normalizedVelocity, double priceAcceleration, double trendSpeedFactor,
                            boolean bullishCandle, boolean bearishCandle, double htfBias) {

    /** Score from which a setup is high quality. */
    public static final double HIGH_QUALITY = 0.6;
    /** Score a premium setup must exceed. */
    public static final double PREMIUM = 0.8;

    /** What the score reports with fewer than 20 bars: 0, RANGING, RSI 50. */
    public static final QualityResult INSUFFICIENT_DATA = new QualityResult(0.0, 0.0, false, MarketContext.RANGING,
            RelativeStrength.NEUTRAL, 0.0, 0.0, 0.0, 0.0, false, false, 0.0);

    /**
     * LONG or SHORT when this is a premium setup: score &gt; 0.8, volatility percentile strictly
     * between 0.2 and 0.8, and an UPTREND with BULLISH waves (LONG) or a DOWNTREND with BEARISH
     * waves (SHORT); otherwise NEUTRAL.
     *
     * @param volPercentile volatility percentile, 0..1
     */
    public TradeBias premiumSetup(double volPercentile, WaveBias waveBias) {
        if (score <= PREMIUM || volPercentile <= 0.2 || volPercentile >= 0.8) {
            return TradeBias.NEUTRAL;
        }
        if (context == MarketContext.UPTREND && waveBias == WaveBias.BULLISH) {
            return TradeBias.LONG;
        }
        if (context == MarketContext.DOWNTREND && waveBias == WaveBias.BEARISH) {
            return TradeBias.SHORT;
        }
        return TradeBias.NEUTRAL;
    }
}
