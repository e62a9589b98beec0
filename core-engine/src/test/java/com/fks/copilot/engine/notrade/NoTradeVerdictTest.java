package com.fks.copilot.engine.notrade;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.FocusState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_FLAT;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.market.Instruments.MES;
import static com.fks.copilot.engine.market.Instruments.MGC;
import static com.fks.copilot.engine.market.Instruments.MNQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The no-trade verdict (TASK-802) at each trigger's threshold, decided by the engine from journaled events. */
class NoTradeVerdictTest {
    @TempDir
    Path dir;
    private EngineFixture f;

    @BeforeEach
    void morningWithPrices() {
        f = new EngineFixture(dir);
        f.tick(MGC, Prices.toFixed(5212.3), 1, et("2026-11-24T09:29:50"));
        f.clock(et("2026-11-24T09:30:00"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** Sets an asset's focus figures as the daily-focus computation will, then lets a bridge update re-decide. */
    private int focus(int instrument, double quality, double volPercentile) {
        FocusState asset = f.engine.focus(instrument);
        asset.focusAsset = true;
        asset.quality = quality;
        asset.volPercentile = volPercentile;
        return redecide();
    }

    private int redecide() {
        f.position(MGC, SIDE_FLAT, 0, 0, 0);
        return lastMask();
    }

    private int lastMask() {
        List<String> changes = f.derived.stream().filter(e -> e.startsWith("NO_TRADE_CHANGED")).toList();
        String last = changes.get(changes.size() - 1);
        return Integer.parseInt(last.replaceAll(".* blocks=(\\d+) .*", "$1"));
    }

    @Test
    void freshPricesAndNoFocusYetMeanTradeAsPlannedBefore10() {
        assertEquals(0, redecide());
        assertNull(NoTradeReason.severityOf(0));
    }

    @Test
    void noTradeForFiveMinutesIsNoMarketDataAndCritical() {
        f.clock(et("2026-11-24T09:34:50"));
        assertFalse(NoTradeReason.NO_MARKET_DATA.firedIn(redecide()), "last print 5:00 ago is still fresh");
        f.clock(et("2026-11-24T09:34:51"));
        int mask = redecide();
        assertTrue(NoTradeReason.NO_MARKET_DATA.firedIn(mask));
        assertEquals(Severity.CRITICAL, NoTradeReason.severityOf(mask));
    }

    @Test
    void theFirstTradeAfterNoMarketDataClearsTheVerdictAtOnce() {
        f.clock(et("2026-11-24T09:36:00"));
        assertTrue(NoTradeReason.NO_MARKET_DATA.firedIn(lastMask()));
        f.tick(MGC, Prices.toFixed(5212.5), 1, et("2026-11-24T09:36:01"));
        assertEquals(0, lastMask());
    }

    @Test
    void allFocusAssetsBelow55PercentQualityIsLowQuality() {
        focus(MGC, 0.54, 0.5);
        assertTrue(NoTradeReason.LOW_QUALITY.firedIn(focus(MNQ, 0.549, 0.5)));
        assertFalse(NoTradeReason.LOW_QUALITY.firedIn(focus(MES, 0.55, 0.5)), "one asset at 55% is tradeable");
    }

    @Test
    void volatilityAbove88thPercentileOnAnyFocusAssetIsCritical() {
        assertFalse(NoTradeReason.EXTREME_VOLATILITY.firedIn(focus(MGC, 0.7, 0.88)));
        assertTrue(NoTradeReason.EXTREME_VOLATILITY.firedIn(focus(MNQ, 0.7, 0.881)));
    }

    @Test
    void dailyLossOf250IsCritical() {
        // MES long 2 @ 6050.00 out at 6025.25: 99 ticks x $1.25 x 2 = -$247.50, then one more -$2.50
        f.close(f.open(MES, SIDE_LONG, 2, Prices.toFixed(6050.0), Prices.NONE, false).resultTradeId, Prices.toFixed(6025.25));
        assertFalse(NoTradeReason.DAILY_LOSS.firedIn(lastMask()), "-$247.50");
        f.close(f.open(MES, SIDE_LONG, 1, Prices.toFixed(6050.0), Prices.NONE, false).resultTradeId, Prices.toFixed(6048.0));
        assertTrue(NoTradeReason.DAILY_LOSS.firedIn(lastMask()), "-$250.00");
    }

    @Test
    void moreThanTwoLosingTradesInARowIsAWarning() {
        for (int i = 0; i < 2; i++) {
            f.close(f.open(MES, SIDE_LONG, 1, Prices.toFixed(6050.0), Prices.NONE, false).resultTradeId, Prices.toFixed(6049.75));
        }
        assertFalse(NoTradeReason.LOSING_STREAK.firedIn(lastMask()), "2 losses");
        f.close(f.open(MES, SIDE_LONG, 1, Prices.toFixed(6050.0), Prices.NONE, false).resultTradeId, Prices.toFixed(6049.75));
        int mask = lastMask();
        assertTrue(NoTradeReason.LOSING_STREAK.firedIn(mask), "3 losses");
        assertEquals(Severity.WARNING, NoTradeReason.severityOf(mask));
    }

    @Test
    void after1000WithNoTradeableSetupIsAWarningThatATradeableFocusClears() {
        f.tick(MGC, Prices.toFixed(5212.4), 1, et("2026-11-24T10:00:00"));
        f.clock(et("2026-11-24T10:00:00"));
        assertTrue(NoTradeReason.NO_SETUP.firedIn(lastMask()));
        assertFalse(NoTradeReason.NO_SETUP.firedIn(focus(MGC, 0.62, 0.5)), "clears itself when a setup appears");
    }

    @Test
    void atNoonTheSessionIsOver() {
        f.tick(MGC, Prices.toFixed(5212.4), 1, et("2026-11-24T11:59:30"));
        f.clock(et("2026-11-24T12:00:00"));
        int mask = lastMask();
        assertTrue(NoTradeReason.SESSION_OVER.firedIn(mask));
        assertFalse(NoTradeReason.NO_SETUP.firedIn(mask), "one reason for one fact");
    }

    @Test
    void clockReDecidesEveryTwoMinutes() {
        focus(MGC, 0.7, 0.5);
        f.engine.focus(MGC).quality = 0.3; // changed without a risk-relevant event
        f.tick(MGC, Prices.toFixed(5212.4), 1, et("2026-11-24T09:31:00"));
        f.clock(et("2026-11-24T09:31:00"));
        assertFalse(NoTradeReason.LOW_QUALITY.firedIn(lastMask()), "09:31 is not a re-decision minute");
        f.clock(et("2026-11-24T09:32:00"));
        assertTrue(NoTradeReason.LOW_QUALITY.firedIn(lastMask()), "09:32 is");
    }

    @Test
    void theSlotCarriesTheChangeForTheDashboard() {
        f.engine.focus(MGC).focusAsset = true;
        f.engine.focus(MGC).quality = 0.2;
        EngineEvent update = f.position(MGC, SIDE_FLAT, 0, 0, 0);
        assertTrue(update.noTradeChanged);
        assertEquals(List.of(NoTradeReason.LOW_QUALITY), NoTradeReason.in(update.noTradeMask));
    }
}
