package com.fks.copilot.gateway.views;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.risk.RiskRules;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's size is the original's (at least one contract); the line says when the risk rules would refuse it. */
class PlanLineTest {
    private static final RiskRules RULES = RiskRules.defaults();

    private static long et(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(com.fks.copilot.engine.session.EasternTime.ZONE)
                .toInstant().toEpochMilli() * 1_000_000L;
    }

    @Test
    void theLineSaysWhichBarsItWasComputedFromAndWhen() {
        var focus = FocusPlans.longPlan(Instruments.MGC, 5200, 5195);
        focus.barCount = 1_440;
        focus.sessionCount = 5;
        focus.computedNanos = et("2026-12-07T09:25:00");
        assertEquals("5 days · 1,440 five-minute bars · as of 09:25 ET",
                PlanLine.of(Instruments.byIndex(Instruments.MGC), focus, RULES).basis());
    }

    @Test
    void aLineComputedInPreMarketSaysItIsThePreMarketPlan() {
        var focus = FocusPlans.longPlan(Instruments.MGC, 5200, 5195);
        focus.barCount = 1_380;
        focus.sessionCount = 5;
        focus.computedNanos = et("2026-12-07T00:00:00"); // PRE-MARKET is 00:00–05:00 ET
        assertEquals("Pre-market plan · 5 days · 1,380 five-minute bars · as of 00:00 ET",
                PlanLine.of(Instruments.byIndex(Instruments.MGC), focus, RULES).basis());
    }

    @Test
    void oneContractFloorRiskingMoreThan375IsFlaggedWithTheDollarAmounts() {
        PlanLine line = PlanLine.of(Instruments.byIndex(Instruments.MES), FocusPlans.mesOneContractAt500(), RULES);

        assertEquals(1, line.contracts(), "the original's floor: max(1, floor(375 / 500)) = 1");
        assertEquals(500.0, line.riskDollars(), "the original's number is kept");
        assertTrue(line.exceedsTradeRisk());
        assertEquals("1 MES risks $500.00 > $375.00", line.tradeRiskNote());
    }

    @Test
    void planWithinThe375LimitIsNotFlagged() {
        // FKS-RULES worked example: MGC P 5200 stop 5195 → 50 ticks × $1 = $50 a contract, 7 contracts, $350
        PlanLine line = PlanLine.of(Instruments.byIndex(Instruments.MGC), FocusPlans.longPlan(Instruments.MGC, 5200, 5195), RULES);

        assertEquals(7, line.contracts());
        assertEquals(350.0, line.riskDollars());
        assertFalse(line.exceedsTradeRisk());
        assertNull(line.tradeRiskNote());
    }

    @Test
    void limitIsTheRunsRiskRulesNotAFixed375() {
        RiskRules sixHundred = RULES.withMaxRiskPerTradeCents(60_000);

        PlanLine line = PlanLine.of(Instruments.byIndex(Instruments.MES), FocusPlans.mesOneContractAt500(), sixHundred);

        assertFalse(line.exceedsTradeRisk(), "$500 ≤ $600");
        PlanLine tighter = PlanLine.of(Instruments.byIndex(Instruments.MES), FocusPlans.mesOneContractAt500(),
                RULES.withMaxRiskPerTradeCents(25_000));
        assertEquals("1 MES risks $500.00 > $250.00", tighter.tradeRiskNote());
    }

    @Test
    void riskExactlyAtTheLimitIsNotFlagged() {
        // MES 75 points = 300 ticks × $1.25 = $375: the rule refuses only more than $375
        PlanLine line = PlanLine.of(Instruments.byIndex(Instruments.MES), FocusPlans.longPlan(Instruments.MES, 5000.00, 4925.00), RULES);

        assertEquals(1, line.contracts());
        assertFalse(line.exceedsTradeRisk());
    }
}
