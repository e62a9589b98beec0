package com.fks.copilot.engine.analytics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entry zone, stop and targets, with the worked examples of FKS-RULES "Daily focus" (P 5200, atr 10). */
class EntryPlanTest {

    @Test
    void shouldPlanTheLongExampleWithATightZoneWhenTheWaveRatioIsAbove1point5() {
        // w = 0.5 x 10 = 5: zone 5195 / 5201.5, mid 5198.25, stop mid - 15, TP1 mid + 20, TP2 mid + 35
        assertEquals(new EntryPlan(5195, 5201.5, 5183.25, 5218.25, 5233.25), EntryPlan.of(5200, TradeBias.LONG, 10, 2.0));
    }

    @Test
    void shouldPlanTheShortExampleAsTheMirrorImage() {
        // zone 5198.5 / 5205, mid 5201.75, stop mid + 15, TP1 mid - 20, TP2 mid - 35
        assertEquals(new EntryPlan(5198.5, 5205, 5216.75, 5181.75, 5166.75), EntryPlan.of(5200, TradeBias.SHORT, 10, 2.0));
    }

    @Test
    void shouldPlanNeutralReferenceLevelsAroundThePrice() {
        // P +- atr, stop P - 2 atr, TP1 P + 2 atr, TP2 P + 3.5 atr
        assertEquals(new EntryPlan(5190, 5210, 5180, 5220, 5235), EntryPlan.of(5200, TradeBias.NEUTRAL, 10, 1.0));
    }

    @Test
    void shouldWidenTheZoneToThreeQuartersOfAnAtrAtAWaveRatioOf1point5OrLess() {
        // w = 0.75 x 10 = 7.5: zone 5192.5 / 5202.25, mid 5197.375
        assertEquals(new EntryPlan(5192.5, 5202.25, 5182.375, 5217.375, 5232.375), EntryPlan.of(5200, TradeBias.LONG, 10, 1.5));
    }

    @Test
    void shouldFallBackToHalfAPercentOfThePriceWhenThereIsNoAtr() {
        // atr = 0.5% x 5200 = 26: NEUTRAL 5174 / 5226, stop 5148, TP1 5252, TP2 5291
        assertEquals(new EntryPlan(5174, 5226, 5148, 5252, 5291), EntryPlan.of(5200, TradeBias.NEUTRAL, 0, 1.0));
        assertEquals(EntryPlan.of(5200, TradeBias.LONG, 26, 2.0), EntryPlan.of(5200, TradeBias.LONG, -1, 2.0));
    }

    @Test
    void shouldRoundEveryLevelToFourDecimals() {
        // MCL-like prices: 70.123456 - 0.1666665 = 69.9567895 -> 69.9568
        assertEquals(new EntryPlan(69.9568, 70.1735, 69.5651, 70.7318, 71.2318),
                EntryPlan.of(70.123456, TradeBias.LONG, 0.333333, 2.0));
    }

    @Test
    void shouldKeepGoldLevelsInQuotedPointsNeverScaledByTheContractMultiplier() {
        // TASK-101: a gold plan around 5200 stays around 5200, not 52,000 or 520,000
        EntryPlan plan = EntryPlan.of(5200, TradeBias.LONG, 10, 2.0);
        assertEquals(5200, (plan.entryLow() + plan.entryHigh()) / 2, 5);
    }
}
