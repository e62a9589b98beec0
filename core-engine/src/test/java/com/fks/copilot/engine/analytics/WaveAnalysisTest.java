package com.fks.copilot.engine.analytics;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Dynamic EMA, waves, their statistics and the trend speed (FKS-RULES "Wave analysis"). */
class WaveAnalysisTest {

    @Test
    void shouldReportRatioOneNeutralAccumulationWithFewerThan30Bars() {
        Bars bars = SyntheticBars.random(3, 29, 52_000, 0.1);
        WaveResult wave = WaveAnalysis.analyze(bars, AssetParams.METALS);
        assertEquals(WaveResult.INSUFFICIENT_DATA, wave);
        assertEquals(1.0, wave.waveRatio());
        assertEquals(WaveBias.NEUTRAL, wave.bias());
        assertEquals(MarketPhase.ACCUMULATION, wave.marketPhase());
        assertNotEquals(WaveResult.INSUFFICIENT_DATA,
                WaveAnalysis.analyze(SyntheticBars.random(3, 30, 52_000, 0.1), AssetParams.METALS));
    }

    @ParameterizedTest(name = "{0} -> {1}/{2}/{3}")
    @CsvSource({
            "MGC, 20, 0.015, 200", "Gold, 20, 0.015, 200", "SIL, 20, 0.015, 200", "Silver, 20, 0.015, 200",
            "MHG, 20, 0.015, 200", "Copper, 20, 0.015, 200", "HG, 20, 0.015, 200",
            "Crude, 20, 0.02, 150", "Crude Oil, 20, 0.02, 150", "MCL, 20, 0.022, 150",
            "S&P, 18, 0.010, 150", "MES, 18, 0.010, 150",
            "Nasdaq, 15, 0.01, 150", "MNQ, 18, 0.010, 150",
            "mgc, 20, 0.015, 200", "ZB, 20, 0.02, 200", "'', 20, 0.02, 200"})
    void shouldLookUpTheWaveParametersByRootOrName(String asset, int maxLen, double accelMult, int lookbackWaves) {
        assertEquals(new AssetParams(maxLen, accelMult, lookbackWaves), AssetParams.forAsset(asset));
    }

    @Test
    void shouldDefaultToTwenty002And200ForAnUnknownAsset() {
        assertEquals(new AssetParams(20, 0.02, 200), AssetParams.forAsset(null));
        assertEquals(AssetParams.DEFAULT, AssetParams.forAsset("Bitcoin"));
    }

    @Test
    void shouldStretchTheEmaToMaxLenAtTheTopOfItsWindowAndSpeedItUpOnTheBiggestMove() {
        // i = 1: maxAbs 102, norm (102 + 102) / 204 = 1 -> dynLen = 20; accel = 2 / 2 = 1
        double[] close = {100, 102};
        double[] ema = new double[2];
        DynamicEma.compute(close, 2, AssetParams.METALS, ema);
        double alpha = 2.0 / 21 * (1 + 1 * 0.015 * 0.8);
        assertEquals(100, ema[0]);
        assertEquals(alpha * 102 + (1 - alpha) * 100, ema[1], 1e-12);
    }

    @Test
    void shouldCapTheEmaAlphaAt09() {
        // dynLen 5 (base alpha 1/3) with accelMult 3: 1/3 x (1 + 2.4) = 1.13 -> 0.9
        double[] close = {100, 110};
        double[] ema = new double[2];
        DynamicEma.compute(close, 2, new AssetParams(5, 3.0, 10), ema);
        assertEquals(0.9 * 110 + 0.1 * 100, ema[1], 1e-12);
    }

    @Test
    void shouldLookBackOnly200BarsForTheEmaNormalisation() {
        double[] close = SyntheticBars.line(100, 0.25, 400);
        close[10] = 5000; // an outlier more than 200 bars back must not matter at bar 399
        double[] recent = Arrays.copyOfRange(close, 399 - 200, 400);
        assertEquals(DynamicEma.next(recent, 200, AssetParams.METALS, 123.0),
                DynamicEma.next(close, 399, AssetParams.METALS, 123.0));
    }

    @Test
    void shouldFindNoCompletedWaveInAStraightRise() {
        // the close crosses above the EMA once and never back: no completed wave of either side
        WaveResult wave = WaveAnalysis.analyze(SyntheticBars.fromCloses(0.1, SyntheticBars.line(100, 0.5, 60)),
                AssetParams.METALS);
        assertEquals(1, wave.bullWaves());
        assertEquals(1, wave.bearWaves());
        assertEquals(0.0001, wave.bullAvg());
        assertEquals(-0.0001, wave.bearAvg());
        assertEquals(1.0, wave.waveRatio());
        assertEquals(0.0, wave.dominance());
        assertEquals(WaveBias.NEUTRAL, wave.bias());
        assertTrue(wave.trendSpeed() > 0);
        assertEquals(wave.trendSpeed() / 0.0001, wave.currentRatio(), 0.51, "speed over the 0.0001 stand-in wave");
        assertEquals(TrendStrength.VERY_STRONG, wave.strength());
    }

    @Test
    void shouldFavourTheBullsWhenTheSwingsDriftUp() {
        WaveResult up = WaveAnalysis.analyze(SyntheticBars.fromCloses(0.2, swings(+0.15)), AssetParams.METALS);
        assertTrue(up.waveRatio() > 1, "ratio " + up.waveRatio());
        assertTrue(up.dominance() > 0.05, "dominance " + up.dominance());
        assertEquals(WaveBias.BULLISH, up.bias());
        assertTrue(up.bullWaves() >= 5 && up.bearWaves() >= 5);

        WaveResult down = WaveAnalysis.analyze(SyntheticBars.fromCloses(0.2, swings(-0.15)), AssetParams.METALS);
        assertTrue(down.waveRatio() < 1, "ratio " + down.waveRatio());
        assertEquals(WaveBias.BEARISH, down.bias());
    }

    @Test
    void shouldKeepOnlyTheLastLookbackWaves() {
        Bars bars = SyntheticBars.fromCloses(0.2, swings(+0.15));
        WaveResult all = WaveAnalysis.analyze(bars, new AssetParams(20, 0.015, 200));
        WaveResult lastTwo = WaveAnalysis.analyze(bars, new AssetParams(20, 0.015, 2));
        assertEquals(2, lastTwo.bullWaves());
        assertEquals(2, lastTwo.bearWaves());
        assertTrue(all.bullWaves() > 2);
    }

    @Test
    void shouldSplitTheDominanceBiasAtPlusMinus005Exclusive() {
        assertEquals(WaveBias.NEUTRAL, WaveBias.fromDominance(0.05));
        assertEquals(WaveBias.BULLISH, WaveBias.fromDominance(0.0501));
        assertEquals(WaveBias.NEUTRAL, WaveBias.fromDominance(-0.05));
        assertEquals(WaveBias.BEARISH, WaveBias.fromDominance(-0.0501));
    }

    @Test
    void shouldGradeTheTrendStrengthFromTheAbsoluteCurrentRatio() {
        assertEquals(TrendStrength.VERY_STRONG, TrendStrength.fromRatio(2.01));
        assertEquals(TrendStrength.STRONG, TrendStrength.fromRatio(2.0));
        assertEquals(TrendStrength.MODERATE, TrendStrength.fromRatio(1.5));
        assertEquals(TrendStrength.WEAK, TrendStrength.fromRatio(1.0));
        assertEquals(TrendStrength.VERY_WEAK, TrendStrength.fromRatio(0.5));
        assertEquals("Very Strong", TrendStrength.VERY_STRONG.label());
    }

    @Test
    void shouldSmoothTheTrendSpeedWithHullFive() {
        // end 5 of {0,0,0,0,0,15}: hull(4) = 0; hull(5) = 2 x (0 + 2 x 15) / 3 - (5 x 15) / 15 = 15; WMA2 = (0 + 2 x 15) / 3
        double[] speed = {0, 0, 0, 0, 0, 15};
        assertEquals(10.0, MovingAverages.hma5(speed, 5), 1e-12);
        assertTrue(Double.isNaN(MovingAverages.hma5(speed, 4)), "undefined before 6 values");
    }

    /** Zig-zag closes: 8 bars up, 8 bars down, 12 times, plus a drift per bar. */
    private static double[] swings(double drift) {
        double[] closes = new double[16 * 12];
        double price = 100;
        for (int i = 0; i < closes.length; i++) {
            price += ((i / 8) % 2 == 0 ? 1 : -1) + drift;
            closes[i] = price;
        }
        return closes;
    }
}
