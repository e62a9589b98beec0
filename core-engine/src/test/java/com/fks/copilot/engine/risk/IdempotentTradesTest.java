package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.market.Instruments.MGC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trade request sent again under its Idempotency-Key gets its first answer and changes nothing (issue 14, item 6). */
class IdempotentTradesTest {
    private static final long KEY_HIGH = 0x51;
    private static final long KEY_LOW = 0x7e;
    private static final long REQUEST = 0xabc;
    private static final long OTHER_REQUEST = 0xdef;

    @TempDir
    Path dir;

    private static long p(double points) {
        return Prices.toFixed(points);
    }

    private static EngineFixture morning(Path dir) {
        EngineFixture f = new EngineFixture(dir);
        f.clock(et("2026-11-24T09:30:00"));
        return f;
    }

    @Test
    void aRepeatedOpenGetsTheFirstTradeIdAndOpensNothingNew() {
        try (EngineFixture f = morning(dir)) {
            long first = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false).resultTradeId;
            long firstIndex = f.engine.risk().find(first).tradeId;

            EngineEvent again = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);

            assertTrue(again.answerRepeated);
            assertEquals(EngineEvent.RESULT_ACCEPTED, again.resultCode);
            assertEquals(first, again.resultTradeId);
            assertEquals(firstIndex, again.answerIndex, "the answer names the first request's journal index");
            assertEquals(1, f.engine.risk().tradesToday, "one trade, not two");
        }
    }

    @Test
    void aRepeatedOpenRepeatsTheFirstVerdictEvenAfterRiskMoved() {
        try (EngineFixture f = morning(dir)) {
            // $50 risk: 5 points x 10 ticks x $1.00 x 1 contract
            EngineEvent first = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);
            int openPositionsThen = first.verdict.openPositions;
            f.open(MGC, SIDE_LONG, 1, p(5201.0), p(5196.0), false);

            EngineEvent again = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);

            assertEquals(5_000, again.verdict.riskCents);
            assertEquals(openPositionsThen, again.verdict.openPositions);
        }
    }

    @Test
    void aDifferentRequestUnderAUsedKeyIsRefusedAndOpensNothing() {
        try (EngineFixture f = morning(dir)) {
            f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);

            EngineEvent other = f.keyed(KEY_HIGH, KEY_LOW, OTHER_REQUEST).open(MGC, SIDE_LONG, 2, p(5200.0), p(5195.0), false);

            assertEquals(EngineEvent.RESULT_KEY_REUSED, other.resultCode);
            assertFalse(other.answerRepeated);
            assertEquals(1, f.engine.risk().tradesToday);
        }
    }

    @Test
    void aKeyUsedMoreThan24HoursAgoOpensANewTrade() {
        try (EngineFixture f = morning(dir)) {
            long first = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false).resultTradeId;
            f.clock(et("2026-11-25T09:30:01")); // 24 h and 1 s later

            EngineEvent next = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);

            assertFalse(next.answerRepeated);
            assertTrue(next.resultTradeId != first);
        }
    }

    @Test
    void aRepeatedCloseGetsTheFirstRealizedPnlInsteadOfUnknownTrade() {
        try (EngineFixture f = morning(dir)) {
            long trade = f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false).resultTradeId;
            // +3.0 points = 30 ticks x $1.00 = $30.00
            f.keyed(KEY_HIGH, KEY_LOW, REQUEST).close(trade, p(5203.0));

            EngineEvent again = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).close(trade, p(5203.0));

            assertEquals(EngineEvent.RESULT_ACCEPTED, again.resultCode);
            assertEquals(3_000, again.resultRealizedCents);
            assertEquals(3_000, f.engine.risk().realizedCents, "closed once");
        }
    }

    @Test
    void keysSurviveARestartOnTheSameStateFiles() {
        long first;
        try (EngineFixture f = morning(dir)) {
            first = f.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false).resultTradeId;
        }
        try (EngineFixture restarted = new EngineFixture(dir, 100)) {
            EngineEvent again = restarted.keyed(KEY_HIGH, KEY_LOW, REQUEST).open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);

            assertTrue(again.answerRepeated);
            assertEquals(first, again.resultTradeId);
            assertEquals(1, restarted.engine.risk().tradesToday);
        }
    }

    @Test
    void requestsWithoutAKeyAreNeverTakenForRepeats() {
        try (EngineFixture f = morning(dir)) {
            f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);
            EngineEvent second = f.open(MGC, SIDE_LONG, 1, p(5200.0), p(5195.0), false);

            assertFalse(second.answerRepeated);
            assertEquals(2, f.engine.risk().tradesToday);
            assertEquals(0, f.engine.idempotencyKeys().recorded());
        }
    }
}
