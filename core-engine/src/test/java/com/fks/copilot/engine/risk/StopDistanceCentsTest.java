package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dollars between a price and its stop, as the risk rules measure them, for a plan's levels too. */
class StopDistanceCentsTest {
    private static final Instrument MES = Instruments.byIndex(Instruments.MES);

    private static long cents(double price, double stop, long quantity) {
        return RiskManager.stopDistanceCents(MES, Prices.toFixed(price), Prices.toFixed(stop), quantity);
    }

    @Test
    void oneMesOver100PointsRisks500Dollars() {
        // 100 points / 0.25 tick = 400 ticks × $1.25 = $500.00
        assertEquals(50_000, cents(5000.00, 4900.00, 1));
        assertEquals(50_000, cents(4900.00, 5000.00, 1), "a SHORT's stop above the price measures the same");
    }

    @Test
    void aStopBetweenTicksIsMeasuredToTheNearestCent() {
        // 10.1 points = 40.4 ticks × $1.25 × 2 contracts = $101.00
        assertEquals(10_100, cents(5000.00, 4989.90, 2));
    }

    @Test
    void onlyRiskAboveTheTradeLimitExceedsIt() {
        RiskRules rules = RiskRules.defaults();
        assertFalse(rules.exceedsTradeRisk(37_500), "$375.00 is allowed");
        assertTrue(rules.exceedsTradeRisk(37_501), "$375.01 is refused");
    }
}
