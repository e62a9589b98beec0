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
