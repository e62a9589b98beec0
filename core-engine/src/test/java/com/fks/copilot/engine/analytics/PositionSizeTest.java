package com.fks.copilot.engine.analytics;

import com.fks.copilot.engine.market.Instrument;
import com.fks.copilot.engine.market.Instruments;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sizing: riskPerContract = |P − stop| / tick · tickValue; contracts = max(1, floor($375 / riskPerContract)). */
class PositionSizeTest {
    private static final Instrument MGC = Instruments.byIndex(Instruments.MGC);
    private static final Instrument MNQ = Instruments.byIndex(Instruments.MNQ);
    private static final Instrument MES = Instruments.byIndex(Instruments.MES);
    private static final double MAX_RISK = DailyFocusPlan.DEFAULT_MAX_RISK_DOLLARS;

    @Test
    void shouldBudget375DollarsPerTradeFromAFiftyThousandAccount() {
        assertEquals(375.0, MAX_RISK);
    }

    @Test
    void shouldSizeSevenGoldMicrosRisking350ForAFivePointStop() {
        // MGC: 5200 - 5195 = 5 points = 50 ticks x $1.00 = $50 per contract; floor(375 / 50) = 7; 7 x $50 = $350
        assertEquals(new PositionSize(7, 350.0), PositionSize.of(5200, 5195, MGC, MAX_RISK));
    }

    @Test
    void shouldSizeThreeNasdaqMicrosRisking300ForAFiftyPointStop() {
        // MNQ: 20000 - 19950 = 50 points = 200 ticks x $0.50 = $100 per contract; floor(375 / 100) = 3; $300
        assertEquals(new PositionSize(3, 300.0), PositionSize.of(20000, 19950, MNQ, MAX_RISK));
    }

    @Test
    void shouldSizeTheSameWhicheverSideTheStopIsOn() {
        assertEquals(PositionSize.of(5200, 5195, MGC, MAX_RISK), PositionSize.of(5200, 5205, MGC, MAX_RISK));
    }

    @Test
    void shouldNeverPlanFewerThanOneContractEvenWhenOneExceedsTheBudget() {
        // MES: 100 points = 400 ticks x $1.25 = $500 per contract > $375: still 1 contract, $500 at risk
        assertEquals(new PositionSize(1, 500.0), PositionSize.of(5000, 4900, MES, MAX_RISK));
    }

    @Test
    void shouldPlanOneContractAtTheFullBudgetWhenThereIsNoStopDistance() {
        assertEquals(new PositionSize(1, 375.0), PositionSize.of(5200, 5200, MGC, MAX_RISK));
    }

    @Test
    void shouldUseTheTickValueNotTheContractMultiplierOnThePrice() {
        // a $100/point full-size gold multiplier would give 1 contract; the micro's $1/tick gives 7
        PositionSize size = PositionSize.of(5200, 5195, MGC, MAX_RISK);
        assertEquals(7, size.contracts());
        assertEquals(5200 - 5195, size.riskDollars() / size.contracts() / MGC.pointValue(), 1e-12,
                "dollars per contract / $10 per point = the stop distance in points");
    }
}
