package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.session.SessionMode;
import org.junit.jupiter.api.Test;

import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AlertTest {
    private static final RiskRules RULES = RiskRules.defaults();
    /** 2026-11-24 10:04:00 ET in epoch nanos. */
    private static final long TEN_OH_FOUR = ZonedDateTime.of(2026, 11, 24, 10, 4, 0, 0,
            com.fks.copilot.engine.session.EasternTime.ZONE).toEpochSecond() * 1_000_000_000L;

    private static DerivedEvent event(byte type) {
        DerivedEvent event = new DerivedEvent();
        event.clear();
        event.type = type;
        event.timeNanos = TEN_OH_FOUR;
        return event;
    }

    @Test
    void shouldTellALongGoldBreakoutWithItsCloseAndTriggerInGoldsDecimals() {
        DerivedEvent e = event(DerivedEvent.ORB_BREAKOUT);
        e.instrument = 0; // MGC
        e.side = 1;
        e.price = Prices.toFixed(2651.3);
        e.longTrigger = Prices.toFixed(2650.0);
        Alert alert = Alert.of(e, RULES).orElseThrow();
        assertEquals("MGC", alert.symbol());
        assertEquals("opportunity", alert.level());
        assertEquals("LONG opening-range breakout: closed 2651.3 above the 2650.0 trigger", alert.text());
        assertEquals("10:04:00 ET", alert.time());
    }

    @Test
    void shouldRaiseACriticalNoTradeAlertListingEveryReason() {
        DerivedEvent e = event(DerivedEvent.NO_TRADE_CHANGED);
        e.blocks = NoTradeReason.DAILY_LOSS.bit() | NoTradeReason.LOSING_STREAK.bit();
        Alert alert = Alert.of(e, RULES).orElseThrow();
        assertEquals("critical", alert.level());
        assertEquals("NO TRADE: Daily P&L at or below -$250 · More than 2 losing trades in a row", alert.text());
    }

    @Test
    void shouldSayTheNoTradeVerdictWasLiftedWhenTheMaskClears() {
        DerivedEvent e = event(DerivedEvent.NO_TRADE_CHANGED);
        Alert alert = Alert.of(e, RULES).orElseThrow();
        assertEquals("clear", alert.level());
        assertEquals("✅", alert.emoji());
    }

    @Test
    void shouldNameTheRiskBlockReason() {
        DerivedEvent e = event(DerivedEvent.RISK_STATUS);
        e.blocks = RiskBlock.MAX_OPEN_TRADES.bit();
        assertEquals("RISK BLOCK: Max open trades reached", Alert.of(e, RULES).orElseThrow().text());
    }

    @Test
    void shouldRaiseARefusedTradeWithContractSideAndSize() {
        DerivedEvent e = event(DerivedEvent.TRADE_REFUSED);
        e.instrument = 2; // MES
        e.side = EngineEvent.SIDE_LONG;
        e.quantity = 2;
        e.blocks = RiskBlock.ENTRY_CUTOFF.bit();
        Alert alert = Alert.of(e, RULES).orElseThrow();
        assertEquals("MES", alert.symbol());
        assertEquals("LONG 2 refused: Past entry cutoff (10:00 ET)", alert.text());
    }

    @Test
    void shouldNameTheConfiguredCutoffAndCircuitBreakerNotTheDefaults() {
        RiskRules strict = new RiskRules(5_000_000, 2, 37_500, 50_000, 9 * 60 + 45, 12 * 60, 11 * 60 + 30, 0.5, 1.8, 4);
        DerivedEvent e = event(DerivedEvent.RISK_STATUS);
        e.blocks = RiskBlock.ENTRY_CUTOFF.bit() | RiskBlock.CIRCUIT_BREAKER.bit();
        assertEquals("RISK BLOCK: Past entry cutoff (09:45 ET); Circuit breaker: 4 losing trades in a row",
                Alert.of(e, strict).orElseThrow().text());
    }

    @Test
    void shouldAnnounceTheNewSessionMode() {
        DerivedEvent e = event(DerivedEvent.SESSION_CHANGE);
        e.sessionMode = SessionMode.ACTIVE.ordinal();
        assertEquals("Session now ACTIVE", Alert.of(e, RULES).orElseThrow().text());
    }

    @Test
    void shouldKeepBarsPlansAndAllowedChecksOutOfTheAlerts() {
        assertTrue(Alert.of(event(DerivedEvent.BAR_CLOSED), RULES).isEmpty());
        assertTrue(Alert.of(event(DerivedEvent.FOCUS_UPDATED), RULES).isEmpty());
        assertTrue(Alert.of(event(DerivedEvent.ORB_EVALUATED), RULES).isEmpty());
        assertTrue(Alert.of(event(DerivedEvent.RISK_CHECKED), RULES).isEmpty());
    }
}
