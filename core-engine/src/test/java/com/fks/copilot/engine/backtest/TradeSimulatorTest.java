package com.fks.copilot.engine.backtest;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.risk.RiskBlock;
import com.fks.copilot.engine.risk.RiskRules;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fills on hand-built signal tapes whose answer is known by construction. MGC: tick 0.1 = $1. Slippage 1 tick,
 * commission $0.62 a side. An ORB long breaking out at 5200.0 with an ATR of 4.0 enters at 5200.1, stops at
 * 5200.1 − 1.5·4 = 5194.1, targets 5200.1 + 2·4 = 5208.1; 60 ticks of risk at $1 is $60 a contract, so the $375
 * budget buys floor(375 / 60) = 6 contracts.
 */
class TradeSimulatorTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);
    private static final ZoneId ET = ZoneId.of("America/New_York");
    private static final int MGC = Instruments.MGC;
    private static final long COMMISSION_6_CONTRACTS = 2 * 62 * 6;

    private final List<Signal> tape = new ArrayList<>();

    @Test
    void aCleanBreakoutThatReachesItsTargetWinsTwoAtrs() {
        tradeable();
        tape.add(bar("10:14", 5198.0, 5200.0, 5197.5, 5200.0));
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5200.0, 5209.0, 5199.5, 5208.5));

        SimulatedTrade trade = only(BacktestRules.defaults());
        assertEquals(6, trade.contracts(), "$375 / $60 a contract");
        assertEquals(p(5200.1), trade.entryPrice());
        assertEquals(p(5194.1), trade.stopPrice());
        assertEquals(p(5208.1), trade.targetPrice());
        assertEquals(SimulatedTrade.ExitReason.TARGET, trade.exitReason());
        assertEquals(p(5208.1), trade.exitPrice(), "a resting target fills at its price");
        assertEquals(80 * 100 * 6, trade.grossCents(), "80 ticks × $1 × 6");
        assertEquals(80 * 100 * 6 - COMMISSION_6_CONTRACTS, trade.netCents());
    }

    @Test
    void aBreakoutThatReversesToItsStopLosesTheStopDistanceAndASlippageTick() {
        tradeable();
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5199.0, 5199.5, 5193.0, 5193.5));

        SimulatedTrade trade = only(BacktestRules.defaults());
        assertEquals(SimulatedTrade.ExitReason.STOP, trade.exitReason());
        assertEquals(p(5194.0), trade.exitPrice(), "the stop 5194.1, one tick worse");
        assertEquals(-61 * 100 * 6, trade.grossCents());
    }

    @Test
    void aStopTheBarOpensBeyondFillsAtTheOpen() {
        tradeable();
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5190.0, 5191.0, 5189.0, 5190.5));

        assertEquals(p(5189.9), only(BacktestRules.defaults()).exitPrice(), "gapped through: the open 5190.0, one tick worse");
    }

    @Test
    void aBarThatTouchesBothStopAndTargetIsAStop() {
        tradeable();
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5200.0, 5210.0, 5190.0, 5205.0));

        assertEquals(SimulatedTrade.ExitReason.STOP, only(BacktestRules.defaults()).exitReason());
    }

    @Test
    void aDayTheNoTradeVerdictSkipsTradesNothing() {
        tape.add(new Signal.NoTradeChange(at("09:30"), NoTradeReason.LOW_QUALITY.bit()));
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5200.0, 5209.0, 5199.5, 5208.5));

        BacktestOutcome outcome = TradeSimulator.trade(tape, BacktestRules.defaults(), RiskRules.defaults(), DAY, DAY);
        assertEquals(List.of(), outcome.trades());
        assertEquals(1, outcome.declined().size());
        assertEquals(NoTradeReason.LOW_QUALITY.bit(), outcome.declined().get(0).noTradeMask());
    }

    @Test
    void anOrbEntryAfterTenCarriesTheRiskRulesCutoffItTradesPast() {
        tradeable();
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5200.0, 5209.0, 5199.5, 5208.5));

        assertEquals(RiskBlock.ENTRY_CUTOFF.bit(), only(BacktestRules.defaults()).riskBlocks());
    }

    @Test
    void whatIsStillOpenAtNoonLeavesAtTheCloseOfTheBarEndingThen() {
        tradeable();
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5200.0, 5201.0, 5199.0, 5200.5));
        tape.add(bar("11:59", 5201.0, 5202.0, 5200.0, 5201.5));

        SimulatedTrade trade = only(BacktestRules.defaults());
        assertEquals(SimulatedTrade.ExitReason.SESSION_END, trade.exitReason());
        assertEquals(p(5201.4), trade.exitPrice(), "the 11:59 bar's close 5201.5, one tick worse");
        assertEquals(at("12:00"), trade.exitNanos());
    }

    @Test
    void aFocusLineIsEnteredWhenABarTradesIntoItsZoneBeforeTheCutoff() {
        tradeable();
        tape.add(longPlan("09:35"));
        tape.add(bar("09:40", 5206.0, 5207.0, 5205.5, 5206.5)); // above the zone 5195–5201.5: no fill
        tape.add(bar("09:41", 5203.0, 5203.5, 5200.0, 5201.0)); // trades down into it: fills at its top
        tape.add(bar("09:42", 5201.0, 5219.0, 5200.5, 5218.0)); // reaches TP1 5218.25, 5218.3 on the tick grid

        SimulatedTrade trade = only(new BacktestRules(java.util.Set.of(Strategy.FOCUS), 62, 1, 1.5, 2.0));
        assertEquals(Strategy.FOCUS, trade.strategy());
        assertEquals(p(5201.6), trade.entryPrice(), "the zone's top 5201.5, one tick worse");
        assertEquals(2, trade.contracts(), "the plan's size");
        assertEquals(SimulatedTrade.ExitReason.TARGET, trade.exitReason());
        assertEquals(p(5218.3), trade.exitPrice());
    }

    @Test
    void aFocusEntryTheRiskRulesBlockIsDeclined() {
        tradeable();
        tape.add(longPlan("09:35", 7)); // 7 × 183 ticks × $1 = $1,281 to the stop: over the $375 a trade
        tape.add(bar("09:41", 5203.0, 5203.5, 5200.0, 5201.0));

        BacktestOutcome outcome = TradeSimulator.trade(tape, new BacktestRules(java.util.Set.of(Strategy.FOCUS), 62, 1,
                1.5, 2.0), RiskRules.defaults(), DAY, DAY);
        assertEquals(List.of(), outcome.trades());
        assertEquals(RiskBlock.RISK_PER_TRADE.bit(), outcome.declined().get(0).riskBlocks());
    }

    @Test
    void aFocusLineTouchedOnlyAfterTheCutoffIsNotTraded() {
        tradeable();
        tape.add(longPlan("09:35"));
        tape.add(bar("10:00", 5201.0, 5202.0, 5199.0, 5200.0));

        BacktestOutcome outcome = TradeSimulator.trade(tape, new BacktestRules(java.util.Set.of(Strategy.FOCUS), 62, 1,
                1.5, 2.0), RiskRules.defaults(), DAY, DAY);
        assertEquals(List.of(), outcome.trades());
    }

    @Test
    void aLowerQualityBarTradesALineTheEnginesVerdictSkipped() {
        tape.add(new Signal.NoTradeChange(at("09:30"), NoTradeReason.LOW_QUALITY.bit())); // 0.50 < 0.55
        tape.add(new Signal.PlanLine(MGC, at("09:35"), (byte) 1, p(5195), p(5201.5), p(5183.25), p(5218.25), p(5233.25),
                2, 0.50, true));
        tape.add(bar("09:41", 5203.0, 5203.5, 5200.0, 5201.0));
        BacktestRules focus = new BacktestRules(java.util.Set.of(Strategy.FOCUS), 62, 1, 1.5, 2.0);

        assertEquals(List.of(), TradeSimulator.trade(tape, focus, RiskRules.defaults(), DAY, DAY).trades(), "at 0.55");
        assertEquals(1, TradeSimulator.trade(tape, focus.with(1.5, 2.0, 0.45), RiskRules.defaults(), DAY, DAY).trades()
                .size(), "at 0.45 the line clears the bar, and so does the verdict's quality rule");
    }

    @Test
    void aContractTheNextPlanLeavesOutHasNoLine() {
        tradeable();
        tape.add(longPlan("09:35"));
        tape.add(new Signal.PlanLine(Instruments.MES, at("09:40"), (byte) 1, p(6000), p(6001), p(5990), p(6010), p(6020),
                1, 0.70, true)); // the 09:40 plan ranks MES only
        tape.add(bar("09:41", 5203.0, 5203.5, 5200.0, 5201.0));

        BacktestOutcome outcome = TradeSimulator.trade(tape, new BacktestRules(java.util.Set.of(Strategy.FOCUS), 62, 1,
                1.5, 2.0), RiskRules.defaults(), DAY, DAY);
        assertEquals(List.of(), outcome.trades());
    }

    @Test
    void aDayOutsideTheRangeTradesNothing() {
        tradeable();
        tape.add(orbLongAt("10:15", 5200.0, 4.0));
        tape.add(bar("10:15", 5200.0, 5209.0, 5199.5, 5208.5));
        BacktestOutcome outcome = TradeSimulator.trade(tape, BacktestRules.defaults(), RiskRules.defaults(),
                DAY.plusDays(1), DAY.plusDays(2));
        assertTrue(outcome.trades().isEmpty());
    }

    private SimulatedTrade only(BacktestRules rules) {
        BacktestOutcome outcome = TradeSimulator.trade(tape, rules, RiskRules.defaults(), DAY, DAY);
        assertEquals(1, outcome.trades().size(), outcome.toString());
        return outcome.trades().get(0);
    }

    private void tradeable() {
        tape.add(new Signal.NoTradeChange(at("09:30"), 0));
    }

    /**
     * P 5200, ATR 10, wave 2.0, LONG (FKS-RULES' worked example): zone 5195–5201.5, stop 5183.25, TP1 5218.25; 16.75
     * points = 167.5 ticks at $1 from P to the stop, so $375 buys 2 contracts.
     */
    private static Signal.PlanLine longPlan(String time) {
        return longPlan(time, 2);
    }

    private static Signal.PlanLine longPlan(String time, int contracts) {
        return new Signal.PlanLine(MGC, at(time), (byte) 1, p(5195), p(5201.5), p(5183.25), p(5218.25), p(5233.25),
                contracts, 0.72, true);
    }

    private static Signal.OrbBreakout orbLongAt(String time, double close, double atr) {
        return new Signal.OrbBreakout(MGC, at(time), (byte) 1, p(close), p(atr));
    }

    private static Signal.BarClosed bar(String start, double open, double high, double low, double close) {
        return new Signal.BarClosed(MGC, at(start), p(open), p(high), p(low), p(close));
    }

    private static long at(String et) {
        return DAY.atTime(LocalTime.parse(et)).atZone(ET).toInstant().toEpochMilli() * 1_000_000L;
    }

    private static long p(double points) {
        return Prices.toFixed(points);
    }
}
