package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_SHORT;
import static com.fks.copilot.engine.market.Instruments.MES;
import static com.fks.copilot.engine.market.Instruments.MGC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Round trips rebuilt from broker executions (issue 20): FIFO per account and contract, partial fills,
 * reversals through zero, commissions subtracted, idempotent by execution id, kept across a restart.
 * MGC: tick 0.10, $1.00 a tick; MES: tick 0.25, $1.25 a tick (MARKET.md). Commission $0.62 a contract.
 */
class ExecutionsTest {
    private static final String ACCOUNT = "Sim101";
    private static final long TEN_AM = et("2026-12-04T10:00:00");

    @TempDir
    Path dir;

    /** Points as the engine's fixed-point price. */
    private static long p(double points) {
        return Prices.toFixed(points);
    }

    private static EngineFixture morning(Path dir) {
        return EngineFixture.clockedAt(dir, "2026-12-04T09:30:00");
    }

    @Test
    void commissionsAreSubtractedFromTheRoundTrip() {
        try (EngineFixture f = morning(dir)) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 2, p(5200.0), 124, TEN_AM);
            EngineEvent exit = f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 2, p(5201.0), 124, TEN_AM);

            // MGC: 10 ticks × $1.00 × 2 = $20.00 − 4 × $0.62 (2 in, 2 out) = $17.52
            assertEquals(EngineEvent.RESULT_ACCEPTED, exit.resultCode);
            assertEquals(1_752, f.engine.risk().realizedCents);
            assertEquals(1, f.engine.risk().tradesToday);
            assertEquals(0, f.engine.risk().consecutiveLosses);
            assertEquals(1_752, exit.verdict.dailyPnlCents, "the answer is the verdict after the execution");
        }
    }

    @Test
    void fifoMatchesTheOldestLotFirstAndPartialExitsRealizeAsTheyFill() {
        try (EngineFixture f = morning(dir)) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 62, TEN_AM);
            f.execution(ACCOUNT, 2, MGC, SIDE_LONG, 1, p(5202.0), 62, TEN_AM);
            f.execution(ACCOUNT, 3, MGC, SIDE_SHORT, 1, p(5205.0), 62, TEN_AM);
            // FIFO: the 5200.0 lot closes first: 50 ticks × $1.00 × 1 = $50.00 − 2 × $0.62 = $48.76
            assertEquals(4_876, f.engine.risk().realizedCents);
            assertEquals(0, f.engine.risk().consecutiveLosses, "the round trip is still open: no streak yet");
            EngineEvent last = f.execution(ACCOUNT, 4, MGC, SIDE_SHORT, 1, p(5190.0), 62, TEN_AM);
            // then the 5202.0 lot: −120 ticks × $1.00 × 1 = −$120.00 − 2 × $0.62 = −$121.24
            // round trip: $48.76 − $121.24 = −$72.48, a loss
            assertEquals(4_876 - 12_124, f.engine.risk().realizedCents);
            assertEquals(1, f.engine.risk().consecutiveLosses);
            assertEquals(1, f.engine.risk().tradesToday, "one round trip, flat to flat");
            assertEquals(0, f.engine.executions().openQuantity(last));
        }
    }

    @Test
    void aFillThroughZeroClosesOneRoundTripAndOpensTheNext() {
        try (EngineFixture f = morning(dir)) {
            f.execution(ACCOUNT, 1, MES, SIDE_LONG, 1, p(6000.00), 62, TEN_AM);
            EngineEvent reversal = f.execution(ACCOUNT, 2, MES, SIDE_SHORT, 3, p(5995.00), 186, TEN_AM);
            // MES: −20 ticks × $1.25 × 1 = −$25.00 − $0.62 in − $0.62 (1 of the 3 out) = −$26.24
            assertEquals(-2_624, f.engine.risk().realizedCents);
            assertEquals(1, f.engine.risk().consecutiveLosses);
            assertEquals(-2, f.engine.executions().openQuantity(reversal), "short 2 after the reversal");
            f.execution(ACCOUNT, 3, MES, SIDE_LONG, 2, p(5990.00), 124, TEN_AM);
            // short 2 from 5995.00 to 5990.00: 20 ticks × $1.25 × 2 = $50.00 − 2 × $0.62 in − 2 × $0.62 out = $47.52
            assertEquals(-2_624 + 4_752, f.engine.risk().realizedCents);
            assertEquals(0, f.engine.risk().consecutiveLosses, "a winner ends the streak");
            assertEquals(2, f.engine.risk().tradesToday);
        }
    }

    @Test
    void accountsAndContractsKeepTheirOwnBooks() {
        try (EngineFixture f = morning(dir)) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 0, TEN_AM);
            f.execution("Sim102", 2, MGC, SIDE_SHORT, 1, p(5201.0), 0, TEN_AM);
            assertEquals(0, f.engine.risk().realizedCents, "another account's sell does not close Sim101's buy");
            assertEquals(2, f.engine.risk().tradesToday);
        }
    }

    @Test
    void aDuplicateExecutionIdChangesNothing() {
        try (EngineFixture f = morning(dir)) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 62, TEN_AM);
            f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5190.0), 62, TEN_AM);
            String before = riskAndBook(f);

            EngineEvent again = f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5190.0), 62, TEN_AM);

            assertEquals(EngineEvent.RESULT_DUPLICATE, again.resultCode);
            assertEquals(before, riskAndBook(f), "risk state and execution book unchanged");
            // −100 ticks × $1.00 × 1 = −$100.00 − 2 × $0.62 = −$101.24, once
            assertEquals(-10_124, f.engine.risk().realizedCents);
            assertEquals(-10_124, again.verdict.dailyPnlCents, "a duplicate still answers with the verdict");
        }
    }

    /** The digest of what an execution may change (the engine's own digest also counts events processed). */
    private static String riskAndBook(EngineFixture f) {
        com.fks.copilot.engine.state.StateDigest digest = new com.fks.copilot.engine.state.StateDigest();
        f.engine.risk().digestInto(digest);
        f.engine.executions().digestInto(digest);
        return digest.hex();
    }

    @Test
    void theBookAndTheSeenIdsSurviveARestartOnTheSameFiles() {
        try (EngineFixture f = morning(dir)) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 62, TEN_AM);
        }
        try (EngineFixture restarted = new EngineFixture(dir, 100)) {
            EngineEvent resent = restarted.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 62, TEN_AM);
            assertEquals(EngineEvent.RESULT_DUPLICATE, resent.resultCode, "NinjaTrader's resend after a restart");
            restarted.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5199.0), 62, TEN_AM);
            // the open lot came back: −10 ticks × $1.00 × 1 = −$10.00 − 2 × $0.62 = −$11.24
            assertEquals(-1_124, restarted.engine.risk().realizedCents);
            assertEquals(1, restarted.engine.risk().tradesToday);
        }
    }

    @Test
    void threeLosingRoundTripsTripTheCircuitBreaker() {
        try (EngineFixture f = morning(dir)) {
            long id = 1;
            EngineEvent last = null;
            for (int i = 0; i < 3; i++) {
                f.execution(ACCOUNT, id++, MGC, SIDE_LONG, 1, p(5200.0), 62, TEN_AM);
                last = f.execution(ACCOUNT, id++, MGC, SIDE_SHORT, 1, p(5199.0), 62, TEN_AM);
            }
            assertEquals(3, f.engine.risk().consecutiveLosses);
            assertFalse(last.verdict.allowed());
            assertTrue((last.verdict.blocks & RiskBlock.CIRCUIT_BREAKER.bit()) != 0);
        }
    }
}
