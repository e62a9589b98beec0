package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.FocusState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_SHORT;
import static com.fks.copilot.engine.market.Instruments.MGC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Open risk of the positions NinjaTrader reports (seed TASK-501: sum of position risks / account value,
 * red above 5%): measured to the journaled trade's stop, else to today's plan stop, never silently 0.
 */
class OpenRiskTest {
    private static final RiskRules RULES = RiskRules.defaults();
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

    /** Today's plan line for gold, as the daily-focus computation writes it. */
    private void goldPlanStop(double stop) {
        FocusState gold = f.engine.focus(MGC);
        gold.computedNanos = et("2026-11-24T09:25:00");
        gold.rank = 1;
        gold.stop = stop;
    }

    private static boolean warns(EngineEvent e, RiskWarning warning) {
        return (e.verdict.warnings & warning.bit()) != 0;
    }

    @Test
    void aBridgePositionIsMeasuredToTodaysPlanStop() {
        goldPlanStop(5202.3);
        // 2 MGC long @ 5212.3 to 5202.3: 10.0 points = 100 ticks x $1.00 x 2 = $200.00 = 0.40% of $50,000
        EngineEvent update = f.position(MGC, SIDE_LONG, 2, p(5212.3), 0);
        assertEquals(20_000, update.verdict.openRiskCents);
        assertEquals(p(5202.3), update.verdict.stops[MGC]);
        assertEquals(StopSource.PLAN, update.verdict.stopSources[MGC]);
        assertEquals(0, update.verdict.positionsWithoutStop);
        assertEquals(0.40, update.verdict.openRiskCents * 100.0 / RULES.accountCents(), 1e-9);
    }

    @Test
    void theJournaledTradesStopOnTheSameSideWinsOverThePlanStop() {
        goldPlanStop(5202.3);
        f.open(MGC, SIDE_LONG, 2, p(5212.3), p(5207.3), false);
        // 5212.3 - 5207.3 = 50 ticks x $1.00 x 2 = $100.00
        EngineEvent update = f.position(MGC, SIDE_LONG, 2, p(5212.3), 0);
        assertEquals(10_000, update.verdict.openRiskCents);
        assertEquals(StopSource.TRADE, update.verdict.stopSources[MGC]);
    }

    @Test
    void aPlanStopOnTheWrongSideOfTheShortIsNotUsedAndThePositionHasNoStop() {
        goldPlanStop(5202.3); // below a short's average price: it would not protect the short
        EngineEvent update = f.position(MGC, SIDE_SHORT, 1, p(5212.3), 0);
        assertEquals(0, update.verdict.openRiskCents);
        assertEquals(1, update.verdict.positionsWithoutStop);
        assertEquals(StopSource.NONE, update.verdict.stopSources[MGC]);
        assertTrue(warns(update, RiskWarning.POSITION_WITHOUT_STOP), RiskWarning.texts(update.verdict.warnings, RULES).toString());
    }

    @Test
    void aBridgePositionWithoutAnyStopIsCountedAsSuchNotAsZeroRisk() {
        EngineEvent update = f.position(MGC, SIDE_LONG, 2, p(5212.3), 0);
        assertEquals(1, update.verdict.positionsWithoutStop);
        assertEquals(Prices.NONE, update.verdict.stops[MGC]);
        assertTrue(warns(update, RiskWarning.POSITION_WITHOUT_STOP));
    }

    @Test
    void aBridgePositionRiskingExactlyFivePercentIsNotWarnedAbout() {
        // 1 MGC long @ 5200.0 to the plan stop 4950.0: 2,500 ticks x $1.00 = $2,500.00 = 5% of $50,000
        goldPlanStop(4950.0);
        EngineEvent update = f.position(MGC, SIDE_LONG, 1, p(5200.0), 0);
        assertEquals(250_000, update.verdict.openRiskCents);
        assertTrue(!warns(update, RiskWarning.POSITION_RISK_HIGH), RiskWarning.texts(update.verdict.warnings, RULES).toString());
    }

    @Test
    void aBridgePositionRiskingOneTickMoreThanFivePercentIsWarnedAbout() {
        // 2,501 ticks x $1.00 = $2,501.00 > $2,500.00
        goldPlanStop(4949.9);
        EngineEvent update = f.position(MGC, SIDE_LONG, 1, p(5200.0), 0);
        assertEquals(250_100, update.verdict.openRiskCents);
        assertTrue(warns(update, RiskWarning.POSITION_RISK_HIGH), RiskWarning.texts(update.verdict.warnings, RULES).toString());
    }

    @Test
    void anAveragePriceBetweenTicksIsMeasuredToTheCent() {
        goldPlanStop(5202.3);
        // fills at 5212.3 and 5212.4 average 5212.35: 100.5 ticks x $1.00 x 2 = $201.00
        EngineEvent update = f.position(MGC, SIDE_LONG, 2, p(5212.35), 0);
        assertEquals(20_100, update.verdict.openRiskCents);
    }
}
