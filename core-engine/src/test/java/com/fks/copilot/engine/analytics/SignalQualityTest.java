package com.fks.copilot.engine.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signal-quality score and its parts (FKS-RULES "Signal quality"). */
class SignalQualityTest {

    // --- score ----------------------------------------------------------------------------------

    @Test
    void shouldScoreAnAlignedUptrendAt0875() {
        // vol 1.5 (0.2 < 0.5 < 0.7) + vel 1 + max(acc, tsf 1 x 0.5) 0.5 + no candle 0 + htf 1 x 0.5 = 3.5 / 4
        Bars rising = SyntheticBars.fromCloses(0.5, SyntheticBars.line(100, 1, 40));
        QualityResult quality = SignalQuality.score(rising, wave(MarketPhase.UPTREND, WaveBias.BULLISH, 2.0), vol(0.5));
        assertEquals(MarketContext.UPTREND, quality.context());
        assertEquals(0.875, quality.score());
        assertEquals(87.5, quality.qualityPct());
        assertTrue(quality.highQuality());
    }

    @Test
    void shouldScoreAnAlignedDowntrendTheSameWay() {
        Bars falling = SyntheticBars.fromCloses(0.5, SyntheticBars.line(200, -1, 40));
        QualityResult quality = SignalQuality.score(falling, wave(MarketPhase.DOWNTREND, WaveBias.BEARISH, -2.0), vol(0.5));
        assertEquals(MarketContext.DOWNTREND, quality.context());
        assertEquals(0.875, quality.score());
    }

    @Test
    void shouldRewardAQuietRangeAndRoundTheScoreHalfToEven() {
        // flat closes: vol 1.5 (pct 0.1 < 0.3) + |vel| 0 < 0.5 -> 1 + |acc| 0 < 0.2 -> 0.5 + no candle + htf 0.5 x 0.5
        // = 3.25 / 4 = 0.8125 -> 0.812 (3 dp, half to even); 81.25 % -> 81.2
        Bars flat = SyntheticBars.fromCloses(0.5, SyntheticBars.line(100, 0, 40));
        QualityResult quality = SignalQuality.score(flat, wave(MarketPhase.ACCUMULATION, WaveBias.NEUTRAL, 0), vol(0.1));
        assertEquals(MarketContext.RANGING, quality.context());
        assertEquals(0.812, quality.score());
        assertEquals(81.2, quality.qualityPct());
    }

    @Test
    void shouldPenaliseAnUptrendInExtremeVolatilityAgainstTheWaves() {
        // vol 0.5 (pct 0.9) + vel 1 + tsf 0.5 + 0 + htf 0 (BEARISH waves in an uptrend) = 2 / 4
        Bars rising = SyntheticBars.fromCloses(0.5, SyntheticBars.line(100, 1, 40));
        assertEquals(0.5, SignalQuality.score(rising, wave(MarketPhase.UPTREND, WaveBias.BEARISH, 2.0), vol(0.9)).score());
    }

    @Test
    void shouldReportZeroQualityWithFewerThan20Bars() {
        Bars short19 = SyntheticBars.fromCloses(0.5, SyntheticBars.line(100, 1, 19));
        assertEquals(QualityResult.INSUFFICIENT_DATA,
                SignalQuality.score(short19, wave(MarketPhase.UPTREND, WaveBias.BULLISH, 2), vol(0.5)));
        assertEquals(50.0, QualityResult.INSUFFICIENT_DATA.rsi());
    }

    // --- parts ----------------------------------------------------------------------------------

    @Test
    void shouldGradeTheTrendSpeedFactorFromTheAbsoluteCurrentRatio() {
        assertEquals(1.0, SignalQuality.trendSpeedFactor(1.51));
        assertEquals(0.7, SignalQuality.trendSpeedFactor(-1.5));
        assertEquals(0.7, SignalQuality.trendSpeedFactor(1.06));
        assertEquals(0.7, SignalQuality.trendSpeedFactor(1.05), "1.5 x 0.7 is 1.0499999999999998 in doubles, as in the original");
        assertEquals(0.4, SignalQuality.trendSpeedFactor(1.04));
        assertEquals(0.0, SignalQuality.trendSpeedFactor(0.75));
        assertEquals(0.4, SignalQuality.trendSpeedFactor(0.76));
    }

    @ParameterizedTest(name = "{0} with {1} waves -> {2}")
    @CsvSource({
            "UPTREND, BULLISH, 1.0", "UPTREND, NEUTRAL, 0.5", "UPTREND, BEARISH, 0.0",
            "DOWNTREND, BEARISH, 1.0", "DOWNTREND, NEUTRAL, 0.5", "DOWNTREND, BULLISH, 0.0",
            "RANGING, BULLISH, 1.0", "RANGING, BEARISH, 1.0", "RANGING, NEUTRAL, 0.5"})
    void shouldWeighTheHigherTimeframeBiasByAgreement(MarketContext context, WaveBias bias, double expected) {
        assertEquals(expected, SignalQuality.htfBias(context, bias));
    }

    @ParameterizedTest(name = "{0}, AO {1}, RSI {2} -> {3}")
    @CsvSource({
            "UPTREND, -1, 30, UPTREND", "DOWNTREND, 1, 70, DOWNTREND",
            "ACCUMULATION, 0.1, 50.1, UPTREND", "ACCUMULATION, 0.1, 50, RANGING", "ACCUMULATION, 0, 60, RANGING",
            "DISTRIBUTION, -0.1, 49.9, DOWNTREND", "DISTRIBUTION, -0.1, 50, RANGING", "DISTRIBUTION, 0, 40, RANGING"})
    void shouldReadTheContextFromPhaseAoAndRsi(MarketPhase phase, double ao, double rsi, MarketContext expected) {
        assertEquals(expected, MarketContext.of(phase, ao, rsi));
    }

    @Test
    void shouldSeedTheRsiWithTheMeanOfTheFirst14Changes() {
        // 14 changes alternating +1 / -1: avg gain = avg loss = 0.5 -> RSI 50; then +2:
        // gain (0.5 x 13 + 2) / 14, loss 0.5 x 13 / 14
        double[] close = new double[16];
        close[0] = 100;
        for (int i = 1; i <= 14; i++) {
            close[i] = close[i - 1] + (i % 2 == 1 ? 1 : -1);
        }
        close[15] = close[14] + 2;
        assertEquals(50.0, RelativeStrength.last(close, 15, 14), 1e-12);
        double gain = (0.5 * 13 + 2) / 14;
        double loss = 0.5 * 13 / 14;
        assertEquals(100 - 100 / (1 + gain / loss), RelativeStrength.last(close, 16, 14), 1e-12);
    }

    @Test
    void shouldGiveRsi100WithoutLossesAnd50WithTooFewCloses() {
        assertEquals(100.0, RelativeStrength.last(SyntheticBars.line(100, 1, 20), 20, 14));
        assertEquals(100.0, RelativeStrength.last(SyntheticBars.line(100, 0, 20), 20, 14), "no change at all: the original says 100");
        assertEquals(50.0, RelativeStrength.last(SyntheticBars.line(100, 1, 14), 14, 14));
    }

    @Test
    void shouldNormaliseTheThreeBarVelocityByThePopulationStdDevOfRecentVelocities() {
        // v = {0, 0, 0, 0, 0.1}: mean 0.02, population sigma sqrt((4 x 0.0004 + 0.0064) / 5) = 0.04 -> 2.5
        double[] close = {100, 100, 100, 100, 110};
        assertEquals(2.5, PriceVelocity.normalizedVelocity(close, 5), 1e-9);
        assertEquals(0.0, PriceVelocity.normalizedVelocity(close, 4), "needs 5 closes");
        assertEquals(0.0, PriceVelocity.normalizedVelocity(SyntheticBars.line(100, 0, 30), 30), "no movement, no velocity");
    }

    @Test
    void shouldMeasureAccelerationAsTheThreeBarChangeOfVelocity() {
        double[] close = {100, 100, 100, 100, 100, 100, 100, 110};
        // v[7] = 0.1, v[4] = 0; sigma of {0 x 7, 0.1}: mean 0.0125, sqrt((7 x 0.0125^2 + 0.0875^2) / 8)
        double sigma = Math.sqrt((7 * 0.0125 * 0.0125 + 0.0875 * 0.0875) / 8);
        assertEquals(0.1 / sigma, PriceVelocity.normalizedAcceleration(close, 8), 1e-9);
        assertEquals(0.0, PriceVelocity.normalizedAcceleration(close, 7), "needs 8 closes");
    }

    @Test
    void shouldSpotBullishReversalCandles() {
        Bars hammer = candles(100, 100.3, 99.8, 100.1, /**/ 100.1, 100.6, 98.0, 100.5);
        assertTrue(CandlePatterns.isHammer(hammer, 1));
        assertTrue(CandlePatterns.isBullish(hammer, 1));
        Bars engulfing = candles(101, 101.2, 99.8, 100, /**/ 99.5, 102.2, 99.4, 102);
        assertTrue(CandlePatterns.isBullishEngulfing(engulfing, 1));
        assertFalse(CandlePatterns.isHammer(engulfing, 1));
        Bars pinBar = candles(100, 100.3, 99.8, 100.1, /**/ 100, 100.2, 97, 99.8);
        assertTrue(CandlePatterns.isBullishPinBar(pinBar, 1));
        assertFalse(CandlePatterns.isHammer(pinBar, 1), "upper wick 0.2 is not below the 0.2 body");
    }

    @Test
    void shouldSpotBearishReversalCandles() {
        Bars star = candles(100, 100.3, 99.8, 100.1, /**/ 100.1, 102.1, 99.9, 99.95);
        assertTrue(CandlePatterns.isShootingStar(star, 1));
        assertTrue(CandlePatterns.isBearish(star, 1));
        Bars engulfing = candles(99, 100.2, 98.8, 100, /**/ 100.5, 100.6, 97.8, 98);
        assertTrue(CandlePatterns.isBearishEngulfing(engulfing, 1));
        Bars pinBar = candles(100, 100.3, 99.8, 100.1, /**/ 100, 103, 99.8, 100.2);
        assertTrue(CandlePatterns.isBearishPinBar(pinBar, 1));
    }

    @Test
    void shouldSeeNoPatternOnTheFirstBarOrAFlatBar() {
        Bars hammer = candles(100, 100.3, 99.8, 100.1, /**/ 100.1, 100.6, 98.0, 100.5);
        assertFalse(CandlePatterns.isBullish(hammer, 0));
        Bars flat = candles(100, 100, 100, 100, /**/ 100, 100, 100, 100);
        assertFalse(CandlePatterns.isBullish(flat, 1));
        assertFalse(CandlePatterns.isBearish(flat, 1));
    }

    @Test
    void shouldCallAPremiumSetupAbove08InMidVolatilityWithTheWaves() {
        QualityResult strong = new QualityResult(0.875, 87.5, true, MarketContext.UPTREND, 60, 1, 1, 1, 1, false, false, 1);
        assertEquals(TradeBias.LONG, strong.premiumSetup(0.5, WaveBias.BULLISH));
        assertEquals(TradeBias.NEUTRAL, strong.premiumSetup(0.8, WaveBias.BULLISH), "0.2 < pct < 0.8");
        assertEquals(TradeBias.NEUTRAL, strong.premiumSetup(0.2, WaveBias.BULLISH));
        assertEquals(TradeBias.NEUTRAL, strong.premiumSetup(0.5, WaveBias.NEUTRAL), "not aligned");
        QualityResult atEdge = new QualityResult(0.8, 80, true, MarketContext.DOWNTREND, 40, -1, -1, -1, 1, false, false, 1);
        assertEquals(TradeBias.NEUTRAL, atEdge.premiumSetup(0.5, WaveBias.BEARISH), "needs > 0.8");
        QualityResult shortSide = new QualityResult(0.812, 81.2, true, MarketContext.DOWNTREND, 40, -1, -1, -1, 1, false, false, 1);
        assertEquals(TradeBias.SHORT, shortSide.premiumSetup(0.5, WaveBias.BEARISH));
    }

    // --- fixtures -------------------------------------------------------------------------------

    private static WaveResult wave(MarketPhase phase, WaveBias bias, double currentRatio) {
        return new WaveResult(1.5, 1.5, currentRatio, 0.1, 1, bias, TrendStrength.fromRatio(Math.abs(currentRatio)),
                1, -1, 2, -2, 4, 4, phase);
    }

    private static VolatilityResult vol(double percentile) {
        return new VolatilityResult(VolatilityCluster.MEDIUM, 1, 1, percentile, VolatilityRegime.fromPercentile(percentile),
                0.5, 1, 2);
    }

    /** Two bars: (open, high, low, close) of the previous bar, then of the bar under test. */
    private static Bars candles(double... ohlc) {
        return Bars.of(new double[]{ohlc[0], ohlc[4]}, new double[]{ohlc[1], ohlc[5]}, new double[]{ohlc[2], ohlc[6]},
                new double[]{ohlc[3], ohlc[7]}, new double[2]);
    }
}
