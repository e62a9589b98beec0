package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.market.Instruments.MES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Block reasons and warnings name the limits the trader configured, never the defaults' numbers. */
class RiskTextsTest {
    /** Entry cutoff 09:45, session end 11:45, overnight warning 11:15, stacking at +1R and 2.5x, circuit breaker after 4. */
    private static final RiskRules STRICT = new RiskRules(5_000_000, 2, 37_500, 50_000, 9 * 60 + 45, 11 * 60 + 45,
            11 * 60 + 15, 1.0, 2.5, 4);

    private static long p(double points) {
        return Prices.toFixed(points);
    }

    @Test
    void theDefaultTextsAreTheRulesOwnWords() {
        RiskRules defaults = RiskRules.defaults();
        assertEquals("Past entry cutoff (10:00 ET)", RiskBlock.ENTRY_CUTOFF.reason(defaults));
        assertEquals("Trading session has ended (12:00 ET)", RiskBlock.SESSION_ENDED.reason(defaults));
        assertEquals("Circuit breaker: 3 losing trades in a row", RiskBlock.CIRCUIT_BREAKER.reason(defaults));
        assertEquals("Stacking needs +0.5R open profit and wave ratio 1.8x", RiskBlock.STACKING.reason(defaults));
        assertEquals("Open position after 11:30 ET: flatten before the session ends (no overnight)",
                RiskWarning.OVERNIGHT.text(defaults));
    }

    @Test
    void anEntryCutoffOf0945IsNamedInTheReasonOfTheBlockItCauses(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir, 0, STRICT)) {
            f.clock(et("2026-11-24T09:45:00"));
            EngineEvent late = f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0));
            assertEquals("Past entry cutoff (09:45 ET)", RiskBlock.reasons(late.verdict.blocks, STRICT));
        }
    }

    @Test
    void aCircuitBreakerOfFourLossesIsNamedInTheReasonOfTheBlockItCauses(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir, 0, STRICT)) {
            f.clock(et("2026-11-24T09:30:00"));
            for (int loss = 0; loss < 4; loss++) {
                long trade = f.open(MES, SIDE_LONG, 1, p(6050.0), p(6045.0), false).resultTradeId;
                f.close(trade, p(6049.0));
            }
            EngineEvent next = f.check(MES, SIDE_LONG, 1, p(6050.0), p(6045.0));
            assertEquals("Circuit breaker: 4 losing trades in a row", RiskBlock.reasons(next.verdict.blocks, STRICT));
        }
    }

    @Test
    void theOtherConfiguredLimitsAreNamedToo() {
        assertEquals("Trading session has ended (11:45 ET)", RiskBlock.SESSION_ENDED.reason(STRICT));
        assertEquals("Stacking needs +1R open profit and wave ratio 2.5x", RiskBlock.STACKING.reason(STRICT));
        assertTrue(RiskWarning.OVERNIGHT.text(STRICT).startsWith("Open position after 11:15 ET"));
    }
}
