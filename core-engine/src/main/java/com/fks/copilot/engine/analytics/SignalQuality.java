package com.fks.copilot.engine.analytics;

/**
 * The FKS multi-factor signal-quality score (FKS-RULES "Signal quality"), judged in the market
 * context. In an UPTREND:
 * <pre>
 *   score = (vol + vel + max(acc &gt; 0 ? 0.5 : 0, tsf·0.5) + bullishCandle·0.5 + htfBias·0.5) / 4
 *   vol = 1.5 if 0.2 &lt; percentile &lt; 0.7 else 0.5;   vel = normVel &gt; 0 ? 1 : 0
 * </pre>
 * a DOWNTREND mirrors it (normVel &lt; 0, acc &lt; 0, bearish candle); RANGING rewards quiet markets:
 * {@code vol = percentile < 0.3 ? 1.5 : 0.5}, {@code vel = |normVel| < 0.5}, {@code acc = |acc| < 0.2},
 * either candle. The score is clamped to [0, 1].
 *
 * <p>It reads the <em>rounded</em> wave and volatility results (current ratio 2 dp, percentile
 * 4 dp), as the original did. Allocates only the result.
 */
public final class SignalQuality {
    /** Bars needed for a score; with fewer, {@link QualityResult#INSUFFICIENT_DATA}. */
    public static final int MIN_BARS = 20;
    /** |currentRatio| above which the trend-speed factor is full. */
    public static final double MIN_WAVE_RATIO = 1.5;

    private SignalQuality() {
    }

    /** The score of {@code bars} at its newest bar, given that bar's wave and volatility results. */
    public static QualityResult score(Bars bars, WaveResult wave, VolatilityResult volatility) {
        int n = bars.count();
        if (n < MIN_BARS) {
            return QualityResult.INSUFFICIENT_DATA;
        }
        int last = n - 1;
        double[] close = bars.closes();
        double percentile = volatility.percentile();

        double rsi = RelativeStrength.last(close, n, RelativeStrength.PERIOD);
        double ao = AwesomeOscillator.at(bars, last);
        MarketContext context = MarketContext.of(wave.marketPhase(), ao, rsi);
        double velocity = PriceVelocity.normalizedVelocity(close, n);
        double acceleration = PriceVelocity.normalizedAcceleration(close, n);
        double tsf = trendSpeedFactor(wave.currentRatio());
        boolean bullishCandle = CandlePatterns.isBullish(bars, last);
        boolean bearishCandle = CandlePatterns.isBearish(bars, last);
        double htf = htfBias(context, wave.bias());

        double volFactor;
        double velFactor;
        boolean accelerationAligned;
        boolean candleConfirms;
        switch (context) {
            case UPTREND -> {
                volFactor = inSweetSpot(percentile) ? 1.5 : 0.5;
                velFactor = velocity > 0 ? 1.0 : 0.0;
                accelerationAligned = acceleration > 0;
                candleConfirms = bullishCandle;
            }
            case DOWNTREND -> {
                volFactor = inSweetSpot(percentile) ? 1.5 : 0.5;
                velFactor = velocity < 0 ? 1.0 : 0.0;
                accelerationAligned = acceleration < 0;
                candleConfirms = bearishCandle;
            }
            default -> {
                volFactor = percentile < 0.3 ? 1.5 : 0.5;
                velFactor = Math.abs(velocity) < 0.5 ? 1.0 : 0.0;
                accelerationAligned = Math.abs(acceleration) < 0.2;
                candleConfirms = bullishCandle || bearishCandle;
            }
        }
        double momentum = Math.max(accelerationAligned ? 0.5 : 0.0, tsf * 0.5);
        double candle = candleConfirms ? 0.5 : 0.0;
        double score = (volFactor + velFactor + momentum + candle + htf * 0.5) / 4.0;
        score = Math.max(0.0, Math.min(1.0, score));

        return new QualityResult(Decimals.round(score, 3), Decimals.round(score * 100, 1),
                score >= QualityResult.HIGH_QUALITY, context, Decimals.round(rsi, 1), Decimals.round(ao, 4),
                Decimals.round(velocity, 4), Decimals.round(acceleration, 4), tsf, bullishCandle, bearishCandle, htf);
    }

    /**
     * Trend-speed factor from |currentRatio|: &gt; 1.5 → 1, &gt; 1.05 → 0.7, &gt; 0.75 → 0.4, else 0.
     * The middle bound is computed as the original did, {@code 1.5 × 0.7}, which in doubles is
     * 1.0499999999999998: a current ratio of exactly 1.05 (it is rounded to 2 dp) scores 0.7.
     */
    public static double trendSpeedFactor(double currentRatio) {
        double ratio = Math.abs(currentRatio);
        if (ratio > MIN_WAVE_RATIO) {
            return 1.0;
        }
        if (ratio > MIN_WAVE_RATIO * 0.7) {
            return 0.7;
        }
        return ratio > MIN_WAVE_RATIO * 0.5 ? 0.4 : 0.0;
    }

    /**
     * Agreement of the context with the wave bias: 1 when an UPTREND has BULLISH waves or a
     * DOWNTREND BEARISH ones, 0.5 for NEUTRAL waves in a trend, 0 against the trend; when RANGING,
     * 1 for any side and 0.5 for NEUTRAL.
     */
    public static double htfBias(MarketContext context, WaveBias bias) {
        return switch (context) {
            case UPTREND -> bias == WaveBias.BULLISH ? 1.0 : bias == WaveBias.NEUTRAL ? 0.5 : 0.0;
            case DOWNTREND -> bias == WaveBias.BEARISH ? 1.0 : bias == WaveBias.NEUTRAL ? 0.5 : 0.0;
            case RANGING -> bias != WaveBias.NEUTRAL ? 1.0 : 0.5;
        };
    }

    private static boolean inSweetSpot(double percentile) {
        return 0.2 < percentile && percentile < 0.7;
    }
}
