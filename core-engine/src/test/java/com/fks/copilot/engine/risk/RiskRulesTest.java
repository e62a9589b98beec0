package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_SHORT;
import static com.fks.copilot.engine.market.Instruments.MES;
import static com.fks.copilot.engine.market.Instruments.MGC;
import static com.fks.copilot.engine.market.Instruments.MNQ;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each risk rule at its boundary, decided by the engine from journaled events (seed TASK-502, FKS-RULES). */
class RiskRulesTest {
    private static final RiskRules RULES = RiskRules.defaults();
    private static final long NONE = Prices.NONE;

    @TempDir
    Path dir;
    private EngineFixture f;

    @BeforeEach
    void openAt0930() {
        f = new EngineFixture(dir);
        f.clock(et("2026-11-24T09:30:00"));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private static long p(double points) {
        return Prices.toFixed(points);
    }

    private static boolean blocks(EngineEvent e, RiskBlock block) {
        return (e.verdict.blocks & block.bit()) != 0;
    }

    @Test
    void stopDistanceSetsDollarRisk375OnFiveGoldMicrosIsAllowed() {
        // MGC: 5200.0 - 5192.5 = 7.5 points = 75 ticks x $1.00 x 5 contracts = $375.00
        EngineEvent check = f.check(MGC, SIDE_LONG, 5, p(5200.0), p(5192.5));
        assertEquals(37_500, check.verdict.riskCents);
        assertTrue(check.verdict.allowed(), RiskBlock.reasons(check.verdict.blocks, RULES));
    }

    @Test
    void oneTickMoreThan375IsBlocked() {
        // 76 ticks x $1.00 x 5 = $380.00 > $375
        EngineEvent check = f.check(MGC, SIDE_LONG, 5, p(5200.0), p(5192.4));
        assertTrue(blocks(check, RiskBlock.RISK_PER_TRADE));
    }

    @Test
    void riskLimitIsInclusiveToTheCent(@TempDir Path other) {
        try (EngineFixture strict = new EngineFixture(other, 0, RiskRules.defaults().withMaxRiskPerTradeCents(37_499))) {
            strict.clock(et("2026-11-24T09:30:00"));
            // the same $375.00 trade against a $374.99 limit
            assertTrue(blocks(strict.check(MGC, SIDE_LONG, 5, p(5200.0), p(5192.5)), RiskBlock.RISK_PER_TRADE));
        }
    }

    @Test
    void entriesAllowedAt095959AndBlockedFrom1000() {
        f.clock(et("2026-11-24T09:59:59"));
        assertTrue(f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0)).verdict.allowed());
        f.clock(et("2026-11-24T10:00:00"));
        EngineEvent late = f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0));
        assertTrue(blocks(late, RiskBlock.ENTRY_CUTOFF));
        assertEquals("Past entry cutoff (10:00 ET)", RiskBlock.reasons(late.verdict.blocks, RULES));
    }

    @Test
    void sessionHasEndedAtNoon() {
        f.clock(et("2026-11-24T12:00:00"));
        EngineEvent check = f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0));
        assertTrue(blocks(check, RiskBlock.SESSION_ENDED));
        assertFalse(blocks(check, RiskBlock.ENTRY_CUTOFF), "one reason for one fact");
    }

    @Test
    void dailyLossOf500BlocksNewEntries() {
        // MNQ short 5 @ 20000, out at 20050: 200 ticks x $0.50 x 5 = -$500.00
        long trade = f.open(MNQ, SIDE_SHORT, 5, p(20000.0), NONE, false).resultTradeId;
        EngineEvent closed = f.close(trade, p(20050.0));
        assertEquals(-50_000, closed.resultRealizedCents);
        assertTrue(blocks(f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0)), RiskBlock.DAILY_LOSS));
    }

    @Test
    void dailyLossOf499StillAllowsEntries() {
        // MGC long 1 @ 5200.0, out at 5150.1: 499 ticks x $1.00 = -$499.00
        long trade = f.open(MGC, SIDE_LONG, 1, p(5200.0), NONE, false).resultTradeId;
        assertEquals(-49_900, f.close(trade, p(5150.1)).resultRealizedCents);
        assertFalse(blocks(f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0)), RiskBlock.DAILY_LOSS));
    }

    @Test
    void closingATradeRealizesTicksTimesTickValueTimesQuantity() {
        // MGC long 2 @ 5200.0, out at 5205.0: 50 ticks x $1.00 x 2 = +$100.00 (never x the $10/pt multiplier on the price)
        long trade = f.open(MGC, SIDE_LONG, 2, p(5200.0), p(5195.0), false).resultTradeId;
        assertEquals(10_000, f.close(trade, p(5205.0)).resultRealizedCents);
        assertEquals(10_000, f.engine.risk().realizedCents);
    }

    @Test
    void twoOpenPositionsBlockAThirdInstrument() {
        f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);
        f.open(MNQ, SIDE_LONG, 1, p(20000.0), p(19990.0), false);
        EngineEvent third = f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0));
        assertTrue(blocks(third, RiskBlock.MAX_OPEN_TRADES));
        assertEquals(2, third.verdict.openPositions);
    }

    @Test
    void bridgePositionsCountAsOpenTrades() {
        f.position(MGC, SIDE_LONG, 2, p(5200.0), 1_500);
        assertEquals(1, f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0)).verdict.openPositions);
    }

    @Test
    void stackingIsNotCountedAgainstMaxOpenButNeedsHalfRAndWaveRatio() {
        f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);
        f.open(MNQ, SIDE_LONG, 1, p(20000.0), p(19990.0), false);
        EngineEvent stack = f.check(MGC, SIDE_LONG, 1, p(5203.0), p(5198.0));
        assertFalse(blocks(stack, RiskBlock.MAX_OPEN_TRADES), "adding to gold is stacking, not a third trade");
        assertTrue(blocks(stack, RiskBlock.STACKING), "no wave ratio yet, so stacking is refused");
    }

    @Test
    void stackingIsAllowedAtHalfRWithWaveRatio18() {
        // gold long 1 @ 5200.0, stop 5195.0: 1R = 50 ticks x $1.00 = $50; +0.5R = $25 open profit
        f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);
        f.engine.focus(MGC).waveRatio = 1.8;
        f.position(MGC, SIDE_LONG, 1, p(5200.0), 2_500);
        assertFalse(blocks(f.check(MGC, SIDE_LONG, 1, p(5202.5), p(5198.0)), RiskBlock.STACKING), "+0.5R and 1.8x");
        f.position(MGC, SIDE_LONG, 1, p(5200.0), 2_499);
        assertTrue(blocks(f.check(MGC, SIDE_LONG, 1, p(5202.5), p(5198.0)), RiskBlock.STACKING), "$24.99 < 0.5R");
        f.position(MGC, SIDE_LONG, 1, p(5200.0), 2_500);
        f.engine.focus(MGC).waveRatio = 1.79;
        assertTrue(blocks(f.check(MGC, SIDE_LONG, 1, p(5202.5), p(5198.0)), RiskBlock.STACKING), "wave ratio 1.79 < 1.8");
    }

    @Test
    void threeLosingTradesInARowTripTheCircuitBreakerAndAWinnerResetsIt() {
        for (int i = 0; i < 2; i++) {
            f.close(f.open(MES, SIDE_LONG, 1, p(6050.0), NONE, false).resultTradeId, p(6049.0));
        }
        assertFalse(blocks(f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0)), RiskBlock.CIRCUIT_BREAKER), "2 losses");
        f.close(f.open(MES, SIDE_LONG, 1, p(6050.0), NONE, false).resultTradeId, p(6049.0));
        assertTrue(blocks(f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0)), RiskBlock.CIRCUIT_BREAKER), "3 losses");
        assertEquals(3, f.engine.risk().consecutiveLosses);
    }

    @Test
    void aBreakEvenTradeEndsTheLosingStreak() {
        f.close(f.open(MES, SIDE_LONG, 1, p(6050.0), NONE, false).resultTradeId, p(6049.0));
        f.close(f.open(MES, SIDE_LONG, 1, p(6050.0), NONE, false).resultTradeId, p(6050.0));
        assertEquals(0, f.engine.risk().consecutiveLosses);
    }

    @Test
    void openPositionAfter1130WarnsAboutOvernight() {
        f.position(MGC, SIDE_LONG, 1, p(5200.0), 0);
        f.clock(et("2026-11-24T11:29:59"));
        assertEquals(0, f.position(MGC, SIDE_LONG, 1, p(5200.0), 0).verdict.warnings & RiskWarning.OVERNIGHT.bit());
        f.clock(et("2026-11-24T11:30:00"));
        EngineEvent update = f.position(MGC, SIDE_LONG, 1, p(5200.0), 0);
        assertTrue(RiskWarning.texts(update.verdict.warnings, RULES).contains(RiskWarning.OVERNIGHT.text(RULES)));
    }

    @Test
    void openRiskOfExactlyFivePercentOfTheAccountIsNotWarnedAbout() {
        // MGC long 1 @ 5200.0, stop 4950.0: 2,500 ticks x $1.00 = $2,500.00 = 5% of $50,000
        f.open(MGC, SIDE_LONG, 1, p(5200.0), p(4950.0), false);
        EngineEvent status = f.position(MGC, SIDE_LONG, 1, p(5200.0), 0);
        assertEquals(250_000, status.verdict.openRiskCents);
        assertEquals(0, status.verdict.warnings & RiskWarning.POSITION_RISK_HIGH.bit());
    }

    @Test
    void openRiskAboveFivePercentOfTheAccountIsWarnedAbout() {
        f.open(MGC, SIDE_LONG, 1, p(5200.0), p(4950.0), false);
        // + MNQ long 1 @ 20000.00, stop one tick below: $0.50 more, $2,500.50 in all
        f.open(MNQ, SIDE_LONG, 1, p(20000.0), p(19999.75), false);
        EngineEvent status = f.position(MGC, SIDE_LONG, 1, p(5200.0), 0);
        assertEquals(250_050, status.verdict.openRiskCents);
        assertTrue(RiskWarning.texts(status.verdict.warnings, RULES).contains(RiskWarning.POSITION_RISK_HIGH.text(RULES)));
    }

    @Test
    void oneOpenTradeStillAllowsASecondInstrument() {
        f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);
        EngineEvent second = f.check(MNQ, SIDE_LONG, 1, p(20000.0), p(19990.0));
        assertEquals(1, second.verdict.openPositions);
        assertTrue(second.verdict.allowed(), RiskBlock.reasons(second.verdict.blocks, RULES));
    }

    @Test
    void enforcedTradeThatBreaksARuleIsRefusedAndNotOpened() {
        EngineEvent refused = f.open(MGC, SIDE_LONG, 5, p(5200.0), p(5190.0), true); // $500 risk
        assertEquals(EngineEvent.RESULT_BLOCKED, refused.resultCode);
        assertEquals(0, f.engine.risk().tradesToday);
        assertTrue(f.derived.stream().anyMatch(e -> e.startsWith("TRADE_REFUSED")));
    }

    @Test
    void unenforcedTradeIsOpenedWithItsBlocksRecorded() {
        EngineEvent opened = f.open(MGC, SIDE_LONG, 5, p(5200.0), p(5190.0), false);
        assertEquals(EngineEvent.RESULT_ACCEPTED, opened.resultCode);
        assertTrue(blocks(opened, RiskBlock.RISK_PER_TRADE));
        assertTrue(f.derived.stream().anyMatch(e -> e.startsWith("TRADE_OPENED") && e.contains("blocks=" + RiskBlock.RISK_PER_TRADE.bit())));
    }

    @Test
    void closingAnUnknownTradeIsAnsweredNotThrown() {
        assertEquals(EngineEvent.RESULT_UNKNOWN_TRADE, f.close(12345, p(5200.0)).resultCode);
    }

    @Test
    void dailyFiguresResetWhenTheEasternDateChangesButOpenTradesStay() {
        f.close(f.open(MES, SIDE_LONG, 1, p(6050.0), NONE, false).resultTradeId, p(6040.0));
        f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);
        f.clock(et("2026-11-25T00:00:01"));
        assertEquals(0, f.engine.risk().realizedCents);
        assertEquals(0, f.engine.risk().consecutiveLosses);
        assertEquals(1, f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0)).verdict.openPositions, "gold still open");
    }

    @Test
    void theStandingVerdictIsJournaledWhenItChanges() {
        long before = f.derived.stream().filter(e -> e.startsWith("RISK_STATUS")).count();
        f.clock(et("2026-11-24T09:59:59"));
        f.clock(et("2026-11-24T10:00:00"));
        f.clock(et("2026-11-24T10:00:01"));
        assertEquals(before + 1, f.derived.stream().filter(e -> e.startsWith("RISK_STATUS")).count(),
                "one RISK_STATUS at the 10:00 cutoff, none for clocks that change nothing");
    }
}
