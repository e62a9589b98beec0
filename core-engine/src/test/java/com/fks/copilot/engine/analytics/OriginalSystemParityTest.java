package com.fks.copilot.engine.analytics;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Same bars, same numbers as the original Python system. The expected values were produced by
 * running a line-by-line restatement of the original's wave, volatility, signal-quality and
 * focus functions (numpy/pandas) on {@link SyntheticBars#random} series, which both languages
 * generate bit for bit. Rounded outputs must agree exactly; they cover a LONG, a SHORT exactly at
 * quality 0.55, NEUTRALs, the 30-bar and sub-30-bar cases, and MGC, MNQ and MCL parameters.
 */
class OriginalSystemParityTest {

    private record Analysis(WaveResult wave, VolatilityResult volatility, QualityResult quality, FocusAsset focus) {
    }

    private static Analysis analyze(Bars bars, Instrument instrument) {
        WaveResult wave = WaveAnalysis.analyze(bars, AssetParams.forAsset(instrument.symbol()));
        VolatilityResult volatility = Volatility.analyze(bars);
        QualityResult quality = SignalQuality.score(bars, wave, volatility);
        FocusAsset focus = DailyFocusPlan.plan(instrument, bars.close(bars.last()), wave, volatility, quality,
                DailyFocusPlan.DEFAULT_MAX_RISK_DOLLARS);
        return new Analysis(wave, volatility, quality, focus);
    }

    private static void assertQuality(QualityResult actual, double score, double qualityPct, MarketContext context,
                                      double rsi, double ao, double normalizedVelocity, double priceAcceleration,
                                      double trendSpeedFactor, boolean bullishCandle, boolean bearishCandle,
                                      double htfBias) {
        assertAll(
                () -> assertEquals(score, actual.score(), "score"),
                () -> assertEquals(qualityPct, actual.qualityPct(), "quality %"),
                () -> assertEquals(context, actual.context(), "context"),
                () -> assertEquals(rsi, actual.rsi(), "rsi"),
                () -> assertEquals(ao, actual.ao(), "ao"),
                () -> assertEquals(normalizedVelocity, actual.normalizedVelocity(), "normalized velocity"),
                () -> assertEquals(priceAcceleration, actual.priceAcceleration(), "acceleration"),
                () -> assertEquals(trendSpeedFactor, actual.trendSpeedFactor(), "trend speed factor"),
                () -> assertEquals(bullishCandle, actual.bullishCandle(), "bullish candle"),
                () -> assertEquals(bearishCandle, actual.bearishCandle(), "bearish candle"),
                () -> assertEquals(htfBias, actual.htfBias(), "htf bias"));
    }

    @Test
    void shouldMatchTheMGCSeed1Over30Bars() {
        Bars bars = SyntheticBars.random(1, 30, 52000, 0.10);
        Analysis a = analyze(bars, Instruments.byIndex(Instruments.MGC));
        assertEquals(5190.400000000001, bars.close(bars.last()));
        assertEquals(new WaveResult(1.13, 1.13, -202.86, 0.063, -5.8829,
                WaveBias.BULLISH, TrendStrength.VERY_STRONG, 0.0329, -0.029, 0.0329, -0.029,
                1, 1, MarketPhase.ACCUMULATION), a.wave());
        assertEquals(new VolatilityResult(VolatilityCluster.HIGH, 1.350257, 1.312946, 0.7333,
                VolatilityRegime.HIGH, 0.752778, 1.043214, 1.312946), a.volatility());
        assertQuality(a.quality(), 0.375, 37.5, MarketContext.RANGING, 21.7, 0.0,
                -1.6072, -0.179, 1.0, false, false, 1.0);
        assertEquals(TradeBias.NEUTRAL, a.focus().bias());
        assertEquals(new EntryPlan(5189.0497, 5191.7503, 5187.6995, 5193.1005, 5195.1259), a.focus().plan());
        assertEquals(new PositionSize(13, 351.07), a.focus().size());
    }

    @Test
    void shouldMatchTheMGCSeed7Over120Bars() {
        Bars bars = SyntheticBars.random(7, 120, 52000, 0.10);
        Analysis a = analyze(bars, Instruments.byIndex(Instruments.MGC));
        assertEquals(5196.0, bars.close(bars.last()));
        assertEquals(new WaveResult(0.98, 1.02, -0.77, -0.008, -1.4754,
                WaveBias.NEUTRAL, TrendStrength.WEAK, 1.8866, -1.9171, 10.8883, -10.6711,
                6, 6, MarketPhase.DOWNTREND), a.wave());
        assertEquals(new VolatilityResult(VolatilityCluster.HIGH, 1.483136, 1.421714, 0.975,
                VolatilityRegime.VERY_HIGH, 1.133437, 1.292239, 1.421714), a.volatility());
        assertQuality(a.quality(), 0.487, 48.8, MarketContext.DOWNTREND, 37.7, -0.8385,
                -1.0154, 0.879, 0.4, false, false, 0.5);
        assertEquals(TradeBias.NEUTRAL, a.focus().bias());
        assertEquals(new EntryPlan(5194.5169, 5197.4831, 5193.0337, 5198.9663, 5201.191), a.focus().plan());
        assertEquals(new PositionSize(12, 355.96), a.focus().size());
    }

    @Test
    void shouldMatchTheMGCSeed42Over600Bars() {
        Bars bars = SyntheticBars.random(42, 600, 52000, 0.10);
        Analysis a = analyze(bars, Instruments.byIndex(Instruments.MGC));
        assertEquals(5189.900000000001, bars.close(bars.last()));
        assertEquals(new WaveResult(0.86, 1.01, 0.9, -0.078, 2.5551,
                WaveBias.BEARISH, TrendStrength.WEAK, 2.854, -3.3351, 12.4438, -12.2946,
                19, 19, MarketPhase.DISTRIBUTION), a.wave());
        assertEquals(new VolatilityResult(VolatilityCluster.MEDIUM, 1.271869, 1.274103, 0.622,
                VolatilityRegime.HIGH, 1.158481, 1.274103, 1.415474), a.volatility());
        assertQuality(a.quality(), 0.55, 55.0, MarketContext.DOWNTREND, 47.3, -1.0821,
                0.8861, 1.1076, 0.4, false, false, 1.0);
        assertEquals(TradeBias.SHORT, a.focus().bias());
        assertEquals(new EntryPlan(5189.6138, 5190.8539, 5192.1417, 5187.6901, 5185.7823), a.focus().plan());
        assertEquals(new PositionSize(16, 358.67), a.focus().size());
    }

    @Test
    void shouldMatchTheMNQSeed3Over300Bars() {
        Bars bars = SyntheticBars.random(3, 300, 80000, 0.25);
        Analysis a = analyze(bars, Instruments.byIndex(Instruments.MNQ));
        assertEquals(19913.25, bars.close(bars.last()));
        assertEquals(new WaveResult(0.49, 0.32, -6.35, -0.341, -52.1793,
                WaveBias.BEARISH, TrendStrength.VERY_STRONG, 4.0358, -8.2154, 16.3239, -51.6734,
                10, 9, MarketPhase.DOWNTREND), a.wave());
        assertEquals(new VolatilityResult(VolatilityCluster.HIGH, 3.196498, 3.197119, 0.71,
                VolatilityRegime.HIGH, 2.614021, 2.934437, 3.197119), a.volatility());
        assertQuality(a.quality(), 0.375, 37.5, MarketContext.DOWNTREND, 37.9, -5.6426,
                0.2321, 1.0056, 1.0, true, false, 1.0);
        assertEquals(TradeBias.NEUTRAL, a.focus().bias());
        assertEquals(new EntryPlan(19910.0535, 19916.4465, 19906.857, 19919.643, 19924.4377), a.focus().plan());
        assertEquals(new PositionSize(29, 370.79), a.focus().size());
    }

    @Test
    void shouldMatchTheMNQSeed11Over60Bars() {
        Bars bars = SyntheticBars.random(11, 60, 80000, 0.25);
        Analysis a = analyze(bars, Instruments.byIndex(Instruments.MNQ));
        assertEquals(20007.5, bars.close(bars.last()));
        assertEquals(new WaveResult(1.52, 0.75, 5.81, 0.206, 2.6977,
                WaveBias.BULLISH, TrendStrength.VERY_STRONG, 0.464, -0.3056, 1.4675, -1.9512,
                8, 9, MarketPhase.UPTREND), a.wave());
        assertEquals(new VolatilityResult(VolatilityCluster.MEDIUM, 2.898793, 2.939297, 0.4167,
                VolatilityRegime.MEDIUM, 2.65964, 2.939297, 3.373208), a.volatility());
        assertQuality(a.quality(), 0.875, 87.5, MarketContext.UPTREND, 61.3, 1.8787,
                1.1048, 1.5957, 1.0, false, false, 1.0);
        assertEquals(TradeBias.LONG, a.focus().bias());
        assertEquals(new EntryPlan(20006.0506, 20007.9348, 20002.6445, 20012.7903, 20017.1385), a.focus().plan());
        assertEquals(new PositionSize(38, 369.02), a.focus().size());
    }

    @Test
    void shouldMatchTheMCLSeed5Over250Bars() {
        Bars bars = SyntheticBars.random(5, 250, 7000, 0.01);
        Analysis a = analyze(bars, Instruments.byIndex(Instruments.MCL));
        assertEquals(70.03, bars.close(bars.last()));
        assertEquals(new WaveResult(1.45, 1.3, -3.68, 0.182, -0.44,
                WaveBias.BULLISH, TrendStrength.VERY_STRONG, 0.1727, -0.1194, 1.1418, -0.8793,
                12, 11, MarketPhase.DOWNTREND), a.wave());
        assertEquals(new VolatilityResult(VolatilityCluster.HIGH, 0.131388, 0.130363, 0.816,
                VolatilityRegime.VERY_HIGH, 0.108455, 0.120449, 0.130363), a.volatility());
        assertQuality(a.quality(), 0.5, 50.0, MarketContext.DOWNTREND, 31.2, -0.3503,
                -1.8359, -2.2733, 1.0, false, false, 0.0);
        assertEquals(TradeBias.NEUTRAL, a.focus().bias());
        assertEquals(new EntryPlan(69.8986, 70.1614, 69.7672, 70.2928, 70.4899), a.focus().plan());
        assertEquals(new PositionSize(14, 367.92), a.focus().size());
    }

    @Test
    void shouldMatchTheMGCSeed99Over25Bars() {
        Bars bars = SyntheticBars.random(99, 25, 52000, 0.10);
        Analysis a = analyze(bars, Instruments.byIndex(Instruments.MGC));
        assertEquals(5190.200000000001, bars.close(bars.last()));
        assertEquals(WaveResult.INSUFFICIENT_DATA, a.wave(), "fewer than 30 bars");
        assertEquals(new VolatilityResult(VolatilityCluster.HIGH, 1.375958, 1.493303, 0.04,
                VolatilityRegime.VERY_LOW, 0.7, 1.2, 1.493303), a.volatility());
        assertQuality(a.quality(), 0.562, 56.2, MarketContext.RANGING, 18.7, 0.0,
                -1.5915, -0.9795, 0.0, false, true, 0.5);
        assertEquals(TradeBias.NEUTRAL, a.focus().bias());
        assertEquals(new EntryPlan(5188.824, 5191.576, 5187.4481, 5192.9519, 5195.0159), a.focus().plan());
        assertEquals(new PositionSize(13, 357.75), a.focus().size());
    }

    /**
     * Sixty more series (20 to 525 bars, all three parameter sets): every rounded output the
     * focus plan reads agrees with the original.
     */
    @ParameterizedTest(name = "{0} seed {1}, {2} bars")
    // symbol, seed, bars | wave: ratio, ratio max, current ratio, dominance, bias, phase
    // | volatility: cluster, raw ATR, adaptive ATR, percentile | quality: score, context, RSI, AO
    // | focus: bias, entry low, entry high, stop, TP1, TP2, contracts, risk $
    @CsvSource({
            "MGC, 1000, 20, 1.0, 1.0, 0.0, 0.0, NEUTRAL, ACCUMULATION, MEDIUM, 1.159776, 1.208485, 0.1, 0.812, RANGING, 25.4, 0.0, NEUTRAL, 5192.8402, 5195.1598, 5191.6804, 5196.3196, 5198.0592, 16, 371.14",
            "MNQ, 8919, 29, 1.0, 1.0, 0.0, 0.0, NEUTRAL, ACCUMULATION, HIGH, 2.859229, 2.867475, 0.4828, 0.188, RANGING, 29.7, 0.0, NEUTRAL, 19979.3908, 19985.1092, 19976.5315, 19987.9685, 19992.2573, 32, 365.98",
            "MCL, 16838, 30, 1.0, 1.0, -7330.29, 0.0, NEUTRAL, ACCUMULATION, HIGH, 0.12824, 0.124848, 0.8667, 0.562, RANGING, 18.3, 0.0, NEUTRAL, 68.8518, 69.1082, 68.7235, 69.2365, 69.4288, 14, 359.1",
            "MGC, 24757, 31, 4.25, 3.89, -395.28, 0.619, BULLISH, ACCUMULATION, LOW, 1.265844, 1.212042, 0.4839, 0.625, RANGING, 22.6, 0.0, LONG, 5187.4671, 5188.2899, 5185.9797, 5190.4102, 5192.3089, 17, 360.45",
            "MNQ, 32676, 45, 750.0, 750.0, -245008.82, 0.997, BULLISH, DOWNTREND, MEDIUM, 2.922629, 3.027112, 0.0667, 0.5, DOWNTREND, 27.9, -7.1809, NEUTRAL, 19965.8274, 19971.6726, 19962.9047, 19974.5953, 19978.9792, 32, 374.1",
            "MCL, 40595, 80, 0.01, 0.01, 12.98, -0.977, BEARISH, UPTREND, HIGH, 0.132805, 0.134224, 0.8375, 0.5, UPTREND, 55.5, 0.0029, NEUTRAL, 68.9572, 69.2228, 68.8244, 69.3556, 69.5548, 14, 371.84",
            "MGC, 48514, 150, 0.95, 0.92, -7.35, -0.024, NEUTRAL, ACCUMULATION, HIGH, 1.392911, 1.328877, 0.9867, 0.312, RANGING, 16.1, -7.5271, NEUTRAL, 5179.3071, 5182.0929, 5177.9142, 5183.4858, 5185.5752, 13, 362.15",
            "MNQ, 56433, 260, 0.74, 0.81, -0.46, -0.148, BEARISH, DOWNTREND, LOW, 2.751119, 2.799423, 0.0692, 0.5, DOWNTREND, 37.9, -6.1846, NEUTRAL, 19973.2489, 19978.7511, 19970.4978, 19981.5022, 19985.6289, 34, 374.15",
            "MCL, 64352, 420, 0.47, 0.78, 0.61, -0.356, BEARISH, UPTREND, MEDIUM, 0.128879, 0.128956, 0.4786, 0.625, UPTREND, 64.8, 0.1625, SHORT, 66.781, 66.9067, 67.0371, 66.5861, 66.3928, 16, 363.36",
            "MGC, 72271, 520, 1.19, 1.39, -6.68, 0.087, BULLISH, DOWNTREND, MEDIUM, 1.202964, 1.241586, 0.402, 0.5, DOWNTREND, 37.6, -2.4797, NEUTRAL, 5191.297, 5193.703, 5190.0941, 5194.9059, 5196.7104, 15, 360.88",
            "MNQ, 80190, 21, 1.0, 1.0, 0.0, 0.0, NEUTRAL, ACCUMULATION, HIGH, 3.34097, 3.243247, 0.7619, 0.188, RANGING, 21.1, 0.0, NEUTRAL, 19978.409, 19985.091, 19975.0681, 19988.4319, 19993.4434, 28, 374.19",
            "MCL, 88109, 30, 1.0, 1.0, -4463.88, 0.0, NEUTRAL, ACCUMULATION, MEDIUM, 0.12589, 0.127335, 0.1333, 0.562, RANGING, 31.1, 0.0, NEUTRAL, 69.3441, 69.5959, 69.2182, 69.7218, 69.9106, 14, 352.52",
            "MGC, 96028, 31, 0.16, 0.19, -42.83, -0.72, BEARISH, ACCUMULATION, MEDIUM, 1.195542, 1.232545, 0.8065, 0.625, RANGING, 28.4, 0.0, SHORT, 5192.331, 5193.4967, 5194.7071, 5190.5227, 5188.7294, 17, 358.21",
            "MNQ, 103947, 32, 1.0, 1.0, -293452.15, 0.0, NEUTRAL, ACCUMULATION, HIGH, 3.398727, 3.355251, 0.7188, 0.562, RANGING, 13.8, 0.0, NEUTRAL, 19957.8513, 19964.6487, 19954.4525, 19968.0475, 19973.1455, 27, 367.07",
            "MCL, 111866, 46, 0.08, 0.08, -23.76, -0.85, BEARISH, DOWNTREND, HIGH, 0.133582, 0.127389, 0.913, 0.375, DOWNTREND, 27.1, -0.5972, NEUTRAL, 68.6664, 68.9336, 68.5328, 69.0672, 69.2675, 14, 374.08",
            "MGC, 119785, 81, 0.18, 0.09, 0.39, -0.695, BEARISH, UPTREND, LOW, 1.122467, 1.143691, 0.1605, 0.375, UPTREND, 59.7, 1.6559, NEUTRAL, 5185.5775, 5187.8225, 5184.4551, 5188.9449, 5190.6286, 16, 359.18",
            "MNQ, 127704, 151, 0.57, 0.82, -1.41, -0.277, BEARISH, DOWNTREND, MEDIUM, 3.462181, 3.359386, 0.8808, 0.588, DOWNTREND, 28.9, -8.389, SHORT, 19970.721, 19974.0966, 19977.6021, 19965.4845, 19960.2912, 30, 366.13",
            "MCL, 135623, 261, 0.48, 0.41, -3.19, -0.348, BEARISH, DOWNTREND, MEDIUM, 0.120934, 0.125001, 0.364, 0.75, DOWNTREND, 25.2, -0.6457, SHORT, 66.9728, 67.0907, 67.2131, 66.7899, 66.6085, 17, 362.27",
            "MGC, 143542, 421, 0.82, 0.7, 1.78, -0.1, BEARISH, UPTREND, HIGH, 1.391893, 1.362254, 0.9572, 0.5, UPTREND, 73.2, 2.6826, NEUTRAL, 5195.4081, 5198.1919, 5194.0162, 5199.5838, 5201.6716, 13, 361.89",
            "MNQ, 151461, 521, 0.65, 0.78, -0.36, -0.216, BEARISH, DOWNTREND, HIGH, 3.339098, 3.361397, 0.824, 0.625, DOWNTREND, 44.1, -1.0721, SHORT, 19951.7487, 19955.0043, 19958.3852, 19946.6983, 19941.6897, 31, 364.88",
            "MCL, 159380, 22, 1.0, 1.0, 0.0, 0.0, NEUTRAL, ACCUMULATION, LOW, 0.118246, 0.11838, 0.0909, 0.562, RANGING, 19.2, 0.0, NEUTRAL, 69.3218, 69.5582, 69.2035, 69.6765, 69.8539, 15, 354.75",
            "MGC, 167299, 31, 1.0, 1.0, -101999.76, 0.0, NEUTRAL, ACCUMULATION, LOW, 1.275094, 1.298367, 0.0323, 0.562, RANGING, 22.7, 0.0, NEUTRAL, 5185.3249, 5187.8751, 5184.0498, 5189.1502, 5191.0628, 14, 357.03",
            "MNQ, 175218, 32, 0.02, 0.01, 7.95, -0.96, BEARISH, ACCUMULATION, MEDIUM, 2.7035, 2.780595, 0.1562, 0.625, RANGING, 54.3, 0.0, SHORT, 19994.1417, 19996.7776, 19999.5149, 19990.0527, 19985.9974, 39, 371.66",
            "MCL, 183137, 33, 0.4, 0.4, -121.97, -0.43, BEARISH, ACCUMULATION, HIGH, 0.111407, 0.11193, 0.6364, 0.625, RANGING, 25.4, 0.0, SHORT, 68.9649, 69.0736, 69.1864, 68.7964, 68.6293, 19, 373.16",
            "MGC, 191056, 47, 0.07, 0.07, -7.86, -0.863, BEARISH, DOWNTREND, LOW, 1.251832, 1.320864, 0.0, 0.75, DOWNTREND, 27.1, -4.2465, SHORT, 5189.8183, 5191.0389, 5192.3064, 5187.9249, 5186.0472, 16, 353.02",
            "MNQ, 198975, 82, 0.01, 0.0, 48.01, -0.99, BEARISH, UPTREND, LOW, 3.161866, 3.074877, 0.378, 0.75, UPTREND, 60.4, 2.3088, SHORT, 19956.2886, 19959.3714, 19962.5728, 19951.5063, 19946.7635, 33, 367.8",
            "MCL, 206894, 152, 1.43, 1.42, -1.4, 0.177, BULLISH, DOWNTREND, HIGH, 0.136592, 0.140613, 0.6908, 0.75, DOWNTREND, 37.0, -0.3583, LONG, 69.4276, 69.5607, 69.2893, 69.7673, 69.9722, 15, 361.05",
            "MGC, 214813, 262, 1.54, 1.7, -2.38, 0.213, BULLISH, DOWNTREND, HIGH, 1.330518, 1.320534, 0.8779, 0.25, DOWNTREND, 38.4, -3.0809, NEUTRAL, 5198.9695, 5201.6305, 5197.639, 5202.961, 5204.9568, 14, 372.54",
            "MNQ, 222732, 422, 0.86, 1.3, 0.87, -0.073, BEARISH, UPTREND, MEDIUM, 3.232165, 3.11368, 0.6232, 0.425, UPTREND, 61.3, 4.4301, NEUTRAL, 19991.7678, 19998.2322, 19988.5357, 20001.4643, 20006.3126, 29, 374.93",
            "MCL, 230651, 522, 1.13, 0.85, -0.4, 0.063, BULLISH, DISTRIBUTION, MEDIUM, 0.121304, 0.123974, 0.444, 0.25, RANGING, 52.6, -0.1522, NEUTRAL, 70.2787, 70.5213, 70.1574, 70.6426, 70.8246, 15, 363.9",
            "MGC, 238570, 23, 1.0, 1.0, 0.0, 0.0, NEUTRAL, ACCUMULATION, HIGH, 1.38309, 1.393028, 0.7391, 0.188, RANGING, 24.7, 0.0, NEUTRAL, 5191.8169, 5194.5831, 5190.4338, 5195.9662, 5198.0408, 13, 359.61",
            "MNQ, 246489, 32, 2.1, 2.1, -221.95, 0.355, BULLISH, ACCUMULATION, HIGH, 3.129205, 3.287704, 0.375, 0.375, RANGING, 24.7, 0.0, NEUTRAL, 19978.6208, 19984.8792, 19975.4916, 19988.0084, 19992.7022, 29, 362.99",
            "MCL, 254408, 33, 0.15, 0.24, -7.81, -0.738, BEARISH, ACCUMULATION, HIGH, 0.125364, 0.122551, 0.7879, 0.375, RANGING, 32.0, 0.0, NEUTRAL, 69.3846, 69.6354, 69.2593, 69.7607, 69.9488, 14, 350.98",
            "MGC, 262327, 34, 0.19, 0.34, -0.53, -0.677, BEARISH, DOWNTREND, LOW, 1.315642, 1.375664, 0.0588, 0.5, DOWNTREND, 27.9, -1.9312, NEUTRAL, 5194.1844, 5196.8156, 5192.8687, 5198.1313, 5200.1047, 14, 368.38",
            "MNQ, 270246, 48, 0.05, 0.05, -45.76, -0.905, BEARISH, DOWNTREND, LOW, 3.13024, 3.114828, 0.3542, 0.875, DOWNTREND, 32.3, -8.0029, SHORT, 19970.5457, 19973.5977, 19976.767, 19965.8112, 19961.1158, 33, 364.12",
            "MCL, 278165, 83, 0.33, 0.3, 1.99, -0.505, BEARISH, DISTRIBUTION, HIGH, 0.132203, 0.124778, 0.9759, 0.375, RANGING, 66.9, 0.1398, NEUTRAL, 69.5578, 69.8222, 69.4256, 69.9544, 70.1527, 14, 370.16",
            "MGC, 286084, 153, 0.53, 0.71, -0.48, -0.308, BEARISH, DOWNTREND, HIGH, 1.14648, 1.173498, 0.6601, 0.875, DOWNTREND, 40.3, -1.5424, SHORT, 5192.442, 5193.5599, 5194.7207, 5190.708, 5188.9883, 18, 363.73",
            "MNQ, 294003, 263, 0.51, 0.47, -3.65, -0.328, BEARISH, ACCUMULATION, LOW, 2.873146, 2.805737, 0.2586, 0.625, RANGING, 27.5, -4.8441, SHORT, 19948.3535, 19951.1549, 19954.0639, 19944.0079, 19939.6982, 37, 374.73",
            "MCL, 301922, 423, 1.04, 1.04, 1.54, 0.02, NEUTRAL, UPTREND, LOW, 0.118911, 0.120751, 0.1158, 0.562, UPTREND, 73.7, 0.3099, NEUTRAL, 70.3511, 70.5889, 70.2322, 70.7078, 70.8862, 15, 356.7",
            "MGC, 309841, 523, 0.66, 0.51, 0.23, -0.208, BEARISH, DISTRIBUTION, MEDIUM, 1.253946, 1.237286, 0.594, 0.375, RANGING, 51.5, -1.0979, NEUTRAL, 5175.5461, 5178.0539, 5174.2921, 5179.3079, 5181.1888, 14, 351.11",
            "MNQ, 317760, 24, 1.0, 1.0, 0.0, 0.0, NEUTRAL, ACCUMULATION, HIGH, 3.27509, 3.146401, 0.7917, 0.438, RANGING, 19.0, 0.0, NEUTRAL, 19973.4749, 19980.0251, 19970.1998, 19983.3002, 19988.2128, 28, 366.81",
            "MCL, 325679, 33, 1.6, 2.79, -70.64, 0.23, BULLISH, ACCUMULATION, HIGH, 0.122962, 0.115496, 0.9394, 0.375, RANGING, 26.7, 0.0, NEUTRAL, 69.227, 69.473, 69.1041, 69.5959, 69.7804, 15, 368.85",
            "MGC, 333598, 34, 1.0, 1.0, -75065.56, 0.0, NEUTRAL, DOWNTREND, LOW, 1.198096, 1.18919, 0.4706, 0.812, DOWNTREND, 30.5, -3.8029, NEUTRAL, 5189.0019, 5191.3981, 5187.8038, 5192.5962, 5194.3933, 15, 359.43",
            "MNQ, 341517, 35, 1.0, 1.0, -240817.74, 0.0, NEUTRAL, DOWNTREND, LOW, 2.982869, 3.163634, 0.0571, 0.562, DOWNTREND, 14.5, -15.05, NEUTRAL, 19962.7671, 19968.7329, 19959.7843, 19971.7157, 19976.19, 31, 369.87",
            "MCL, 349436, 49, 0.41, 0.32, 0.58, -0.422, BEARISH, ACCUMULATION, HIGH, 0.136083, 0.128374, 0.898, 0.25, RANGING, 45.2, 0.0438, NEUTRAL, 69.6739, 69.9461, 69.5378, 70.0822, 70.2863, 13, 353.86",
            "MGC, 357355, 84, 0.06, 0.02, 11.41, -0.895, BEARISH, UPTREND, HIGH, 1.355295, 1.274658, 0.9405, 0.5, UPTREND, 69.9, 1.8585, NEUTRAL, 5194.8447, 5197.5553, 5193.4894, 5198.9106, 5200.9435, 13, 352.38",
            "MNQ, 365274, 154, 0.92, 0.94, -3.92, -0.043, NEUTRAL, ACCUMULATION, LOW, 3.214695, 3.190211, 0.4935, 0.312, RANGING, 32.0, -6.225, NEUTRAL, 19967.0353, 19973.4647, 19963.8206, 19976.6794, 19981.5014, 29, 372.91",
            "MCL, 373193, 264, 0.83, 1.07, -2.84, -0.091, BEARISH, ACCUMULATION, MEDIUM, 0.123755, 0.123668, 0.5985, 0.375, RANGING, 24.7, -0.2861, NEUTRAL, 68.4062, 68.6538, 68.2825, 68.7775, 68.9631, 15, 371.25",
            "MGC, 381112, 424, 1.24, 1.42, 0.64, 0.108, BULLISH, UPTREND, HIGH, 1.370424, 1.336823, 0.8892, 0.25, UPTREND, 62.3, 3.0765, NEUTRAL, 5211.6296, 5214.3704, 5210.2592, 5215.7408, 5217.7965, 13, 356.3",
            "MNQ, 389031, 524, 0.64, 0.79, 0.25, -0.22, BEARISH, DISTRIBUTION, HIGH, 3.323266, 3.303362, 0.87, 0.25, RANGING, 56.6, -0.0985, NEUTRAL, 19945.1767, 19951.8233, 19941.8535, 19955.1465, 19960.1314, 28, 372.2",
            "MCL, 396950, 25, 1.0, 1.0, 0.0, 0.0, NEUTRAL, ACCUMULATION, HIGH, 0.131258, 0.133551, 0.32, 0.188, RANGING, 16.7, 0.0, NEUTRAL, 68.7587, 69.0213, 68.6275, 69.1525, 69.3494, 14, 367.5",
            "MGC, 404869, 34, 1.0, 1.0, -80917.41, 0.0, NEUTRAL, DOWNTREND, LOW, 1.326573, 1.291706, 0.4412, 0.562, DOWNTREND, 29.7, -4.7482, NEUTRAL, 5187.9734, 5190.6266, 5186.6469, 5191.9531, 5193.943, 14, 371.43",
            "MNQ, 412788, 35, 250.0, 250.0, -388221.98, 0.992, BULLISH, DOWNTREND, MEDIUM, 3.536439, 3.540412, 0.2, 0.25, DOWNTREND, 16.9, -20.9382, NEUTRAL, 19947.7136, 19954.7864, 19944.1771, 19958.3229, 19963.6275, 26, 367.79",
            "MCL, 420707, 36, 70.0, 70.0, -4761.57, 0.972, BULLISH, DOWNTREND, LOW, 0.118784, 0.115165, 0.1667, 0.5, DOWNTREND, 27.7, -0.2412, NEUTRAL, 69.2112, 69.4488, 69.0924, 69.5676, 69.7457, 15, 356.4",
            "MGC, 428626, 50, 1.0, 1.0, -131319.25, 0.0, NEUTRAL, DISTRIBUTION, MEDIUM, 1.280717, 1.265516, 0.64, 0.562, DOWNTREND, 43.8, -2.9644, NEUTRAL, 5186.2193, 5188.7807, 5184.9386, 5190.0614, 5191.9825, 14, 358.6",
            "MNQ, 436545, 85, 0.07, 0.03, 3.21, -0.869, BEARISH, DISTRIBUTION, LOW, 3.383932, 3.317171, 0.6824, 0.375, RANGING, 55.0, -0.0706, NEUTRAL, 19966.6161, 19973.3839, 19963.2321, 19976.7679, 19981.8438, 27, 365.47",
            "MCL, 444464, 155, 0.75, 1.26, -0.19, -0.14, BEARISH, DOWNTREND, LOW, 0.106181, 0.105226, 0.1419, 0.25, DOWNTREND, 39.5, -0.1868, NEUTRAL, 69.6538, 69.8662, 69.5476, 69.9724, 70.1316, 17, 361.08",
            "MGC, 452383, 265, 0.92, 1.16, -1.37, -0.041, NEUTRAL, DISTRIBUTION, MEDIUM, 1.367479, 1.331891, 0.6491, 0.562, DOWNTREND, 45.4, -3.9509, NEUTRAL, 5196.3325, 5199.0675, 5194.965, 5200.435, 5202.4862, 13, 355.55",
            "MNQ, 460302, 425, 0.73, 0.82, 3.64, -0.159, BEARISH, UPTREND, LOW, 2.888266, 2.853471, 0.3059, 0.5, UPTREND, 73.4, 14.1235, NEUTRAL, 19984.3617, 19990.1383, 19981.4735, 19993.0265, 19997.3589, 32, 369.7",
            "MCL, 468221, 525, 0.42, 0.68, 2.37, -0.411, BEARISH, DISTRIBUTION, HIGH, 0.131308, 0.130875, 0.844, 0.375, RANGING, 59.0, -0.0402, NEUTRAL, 65.8387, 66.1013, 65.7074, 66.2326, 66.4296, 14, 367.64"
    })
    void shouldMatchTheOriginalOnEverySeriesOfTheSweep(String symbol, long seed, int n, double waveRatio,
                                                       double waveRatioMax, double currentRatio, double dominance,
                                                       WaveBias waveBias, MarketPhase phase, VolatilityCluster cluster,
                                                       double rawAtr, double adaptiveAtr, double percentile,
                                                       double score, MarketContext context, double rsi, double ao,
                                                       TradeBias bias, double entryLow, double entryHigh, double stop,
                                                       double tp1, double tp2, int contracts, double riskDollars) {
        Instrument instrument = Instruments.bySymbol(symbol).orElseThrow();
        long baseTicks = switch (symbol) {
            case "MGC" -> 52_000; // 5200.0
            case "MNQ" -> 80_000; // 20000.00
            default -> 7_000; // MCL 70.00
        };
        Analysis a = analyze(SyntheticBars.random(seed, n, baseTicks, instrument.tickSize()), instrument);
        assertAll(
                () -> assertEquals(waveRatio, a.wave().waveRatio(), "wave ratio"),
                () -> assertEquals(waveRatioMax, a.wave().waveRatioMax(), "wave ratio max"),
                () -> assertEquals(currentRatio, a.wave().currentRatio(), "current ratio"),
                () -> assertEquals(dominance, a.wave().dominance(), "dominance"),
                () -> assertEquals(waveBias, a.wave().bias(), "wave bias"),
                () -> assertEquals(phase, a.wave().marketPhase(), "market phase"),
                () -> assertEquals(cluster, a.volatility().cluster(), "cluster"),
                () -> assertEquals(rawAtr, a.volatility().rawAtr(), "raw atr"),
                () -> assertEquals(adaptiveAtr, a.volatility().adaptiveAtr(), "adaptive atr"),
                () -> assertEquals(percentile, a.volatility().percentile(), "percentile"),
                () -> assertEquals(score, a.quality().score(), "quality"),
                () -> assertEquals(context, a.quality().context(), "context"),
                () -> assertEquals(rsi, a.quality().rsi(), "rsi"),
                () -> assertEquals(ao, a.quality().ao(), "ao"),
                () -> assertEquals(bias, a.focus().bias(), "bias"),
                () -> assertEquals(new EntryPlan(entryLow, entryHigh, stop, tp1, tp2), a.focus().plan(), "levels"),
                () -> assertEquals(new PositionSize(contracts, riskDollars), a.focus().size(), "size"));
    }
}
