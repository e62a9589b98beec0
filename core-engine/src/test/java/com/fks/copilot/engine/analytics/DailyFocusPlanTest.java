package com.fks.copilot.engine.analytics;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static com.fks.copilot.engine.analytics.MarketContext.DOWNTREND;
import static com.fks.copilot.engine.analytics.MarketContext.RANGING;
import static com.fks.copilot.engine.analytics.MarketContext.UPTREND;
import static com.fks.copilot.engine.analytics.TradeBias.LONG;
import static com.fks.copilot.engine.analytics.TradeBias.NEUTRAL;
import static com.fks.copilot.engine.analytics.TradeBias.SHORT;
import static com.fks.copilot.engine.analytics.WaveBias.BEARISH;
import static com.fks.copilot.engine.analytics.WaveBias.BULLISH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The daily plan's bias, skip, order and no-trade rules at their boundaries (FKS-RULES "Daily focus"). */
class DailyFocusPlanTest {
    private static final Instrument MGC = Instruments.byIndex(Instruments.MGC);
    private static final Instrument MNQ = Instruments.byIndex(Instruments.MNQ);

    // --- bias -----------------------------------------------------------------------------------

    @Test
    void shouldTradeAtQuality055AndStayNeutralJustBelowIt() {
        assertEquals(LONG, DailyFocusPlan.bias(0.55, BULLISH, 0.2, 1.0, UPTREND));
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.549, BULLISH, 0.2, 1.0, UPTREND));
        assertEquals(SHORT, DailyFocusPlan.bias(0.55, BEARISH, -0.2, -1.0, DOWNTREND));
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.549, BEARISH, -0.2, -1.0, DOWNTREND));
    }

    @Test
    void shouldNeedDominanceAbove005ForAConfirmedSide() {
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.7, BULLISH, 0.05, 1.0, UPTREND));
        assertEquals(LONG, DailyFocusPlan.bias(0.7, BULLISH, 0.051, 1.0, RANGING), "AO > 0 confirms");
        assertEquals(LONG, DailyFocusPlan.bias(0.7, BULLISH, 0.051, -1.0, UPTREND), "an uptrend confirms");
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.7, BEARISH, -0.05, -1.0, DOWNTREND));
        assertEquals(SHORT, DailyFocusPlan.bias(0.7, BEARISH, -0.051, -1.0, RANGING), "AO < 0 confirms");
        assertEquals(SHORT, DailyFocusPlan.bias(0.7, BEARISH, -0.051, 1.0, DOWNTREND), "a downtrend confirms");
    }

    @Test
    void shouldNeedDominanceAbove015WithoutAoOrTrendConfirmation() {
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.7, BULLISH, 0.051, 0.0, RANGING));
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.7, BULLISH, 0.15, 0.0, RANGING));
        assertEquals(LONG, DailyFocusPlan.bias(0.7, BULLISH, 0.151, 0.0, RANGING));
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.7, BEARISH, -0.15, 0.0, RANGING));
        assertEquals(SHORT, DailyFocusPlan.bias(0.7, BEARISH, -0.151, 0.0, RANGING));
    }

    @Test
    void shouldNotGoAgainstTheTrendUnconfirmedButTheStrongDominanceStillDecides() {
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.7, BULLISH, 0.1, -1.0, DOWNTREND));
        assertEquals(LONG, DailyFocusPlan.bias(0.7, BULLISH, 0.2, -1.0, DOWNTREND));
    }

    @Test
    void shouldStayNeutralWhenTheWavesHaveNoSide() {
        assertEquals(NEUTRAL, DailyFocusPlan.bias(0.9, WaveBias.NEUTRAL, 0.04, 1.0, UPTREND));
    }

    // --- one asset ------------------------------------------------------------------------------

    @Test
    void shouldPlanAGoldLongFromItsAnalyses() {
        WaveResult wave = wave(2.0, 0.2, BULLISH);
        FocusAsset gold = DailyFocusPlan.plan(MGC, 5200, wave, volatility(10, 0.5), quality(0.7, 1.0, UPTREND), 375);
        assertEquals(LONG, gold.bias());
        assertEquals(5200, gold.lastPrice());
        assertEquals(new EntryPlan(5195, 5201.5, 5183.25, 5218.25, 5233.25), gold.plan());
        // 5200 - 5183.25 = 16.75 points = 167.5 ticks x $1 = $167.50; floor(375 / 167.5) = 2 contracts, $335
        assertEquals(2, gold.positionSize());
        assertEquals(335.0, gold.riskDollars());
        assertFalse(gold.skip());
        assertEquals("", gold.note());
    }

    @Test
    void shouldSkipAndExplainBelowQuality055() {
        FocusAsset gold = DailyFocusPlan.plan(MGC, 5200, wave(2.0, 0.2, BULLISH), volatility(10, 0.5),
                quality(0.5, 1.0, UPTREND), 375);
        assertTrue(gold.skip());
        assertEquals(NEUTRAL, gold.bias());
        assertEquals("Quality too low (50%) — skip today", gold.note());
    }

    @Test
    void shouldWarnOfExtremeVolatilityAbove088() {
        FocusAsset gold = DailyFocusPlan.plan(MGC, 5200, wave(2.0, 0.2, BULLISH), volatility(10, 0.93),
                quality(0.4, 1.0, UPTREND), 375);
        assertEquals("Quality too low (40%) — skip today; Extreme volatility (93%) — dangerous", gold.note());
    }

    @Test
    void shouldNotPlanWithFewerThan30FiveMinuteBars() {
        Bars bars = SyntheticBars.random(5, 29, 52_000, 0.1);
        assertEquals(Optional.empty(), DailyFocusPlan.planAsset(MGC, bars, 375));
        assertTrue(DailyFocusPlan.planAsset(MGC, SyntheticBars.random(5, 30, 52_000, 0.1), 375).isPresent());
    }

    @Test
    void shouldPassTheGoldPriceThroughUnscaled() {
        // TASK-101: the plan's price is the bar's price, ~5200, never multiplied by $10 or $100 per point
        Bars bars = SyntheticBars.random(5, 120, 52_000, 0.1);
        FocusAsset gold = DailyFocusPlan.planAsset(MGC, bars, 375).orElseThrow();
        assertEquals(bars.close(bars.last()), gold.lastPrice(), 1e-9);
        assertTrue(Math.abs(gold.stop() - gold.lastPrice()) < 50, "stop within 50 points of the price");
        assertEquals("MGC", gold.symbol());
    }

    // --- all assets -----------------------------------------------------------------------------

    @Test
    void shouldOrderByQualityThenWaveRatioBothDescendingAndKeepTiesInOrder() {
        FocusAsset a = asset("MGC", 0.6, 1.2, 0.5);
        FocusAsset b = asset("MNQ", 0.7, 0.9, 0.5);
        FocusAsset c = asset("MES", 0.6, 1.8, 0.5);
        FocusAsset d = asset("MCL", 0.6, 1.2, 0.5);
        assertEquals(List.of(b, c, a, d), DailyFocusPlan.bestFirst(List.of(a, b, c, d)));
    }

    @Test
    void shouldNotTradeWhenThereIsNoMarketData() {
        assertEquals(Optional.of(NoTradeCause.NO_MARKET_DATA), DailyFocusPlan.noTradeCause(List.of()));
    }

    @Test
    void shouldNotTradeWhenEveryAssetIsBelowQuality055() {
        List<FocusAsset> weak = List.of(asset("MGC", 0.549, 2, 0.5), asset("MNQ", 0.3, 2, 0.5));
        assertTrue(DailyFocusPlan.shouldNotTrade(weak));
        assertEquals(Optional.of(NoTradeCause.ALL_BELOW_MIN_QUALITY), DailyFocusPlan.noTradeCause(weak));
        assertFalse(DailyFocusPlan.shouldNotTrade(List.of(asset("MGC", 0.55, 2, 0.5), asset("MNQ", 0.3, 2, 0.5))));
    }

    @Test
    void shouldNotTradeWhenAnyVolatilityPercentileIsAbove088() {
        assertFalse(DailyFocusPlan.shouldNotTrade(List.of(asset("MGC", 0.7, 2, 0.88), asset("MNQ", 0.7, 2, 0.2))));
        List<FocusAsset> wild = List.of(asset("MGC", 0.7, 2, 0.8801), asset("MNQ", 0.7, 2, 0.2));
        assertTrue(DailyFocusPlan.shouldNotTrade(wild));
        assertEquals(Optional.of(NoTradeCause.EXTREME_VOLATILITY), DailyFocusPlan.noTradeCause(wild));
    }

    // --- fixtures -------------------------------------------------------------------------------

    private static WaveResult wave(double waveRatio, double dominance, WaveBias bias) {
        return new WaveResult(waveRatio, waveRatio, 0.5, dominance, 1.0, bias, TrendStrength.WEAK, 1, -1, 2, -2, 3, 3,
                MarketPhase.UPTREND);
    }

    private static VolatilityResult volatility(double atr, double percentile) {
        return new VolatilityResult(VolatilityCluster.MEDIUM, atr, atr, percentile,
                VolatilityRegime.fromPercentile(percentile), atr / 2, atr, atr * 2);
    }

    private static QualityResult quality(double score, double ao, MarketContext context) {
        return new QualityResult(score, score * 100, score >= 0.6, context, 55, ao, 0.5, 0.1, 0.4, false, false, 1.0);
    }

    private static FocusAsset asset(String symbol, double quality, double waveRatio, double volPercentile) {
        Instrument instrument = Instruments.bySymbol(symbol).orElse(MNQ);
        FocusAsset planned = DailyFocusPlan.plan(instrument, 100, wave(waveRatio, 0.2, BULLISH),
                volatility(1, volPercentile), quality(quality, 1.0, UPTREND), 375);
        assertEquals(symbol, planned.symbol());
        return planned;
    }
}
