package com.fks.copilot.engine.risk;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.state.FocusState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.fks.copilot.engine.EngineFixture.et;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_LONG;
import static com.fks.copilot.engine.event.EngineEvent.SIDE_SHORT;
import static com.fks.copilot.engine.market.Instruments.MES;
import static com.fks.copilot.engine.market.Instruments.MGC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The day's trade log of round trips rebuilt from broker executions (issue 20 item 4): one row per flat-to-flat
 * round trip with the contracts entered, volume-weighted entry and exit, the first and last fill times, the
 * account, and the stop its R is measured against; each also journaled as ROUND_TRIP_CLOSED.
 * MGC: tick 0.10, $1.00 a tick; MES: tick 0.25, $1.25 a tick. Commission $0.62 a contract a side.
 */
class RoundTripLogTest {
    private static final String ACCOUNT = "Sim101";
    private static final long T1 = et("2026-12-04T10:05:00");
    private static final long T2 = et("2026-12-04T10:07:30");
    private static final long T3 = et("2026-12-04T10:21:00");

    @TempDir
    Path dir;

    private static long p(double points) {
        return Prices.toFixed(points);
    }

    private EngineFixture morning() {
        return EngineFixture.clockedAt(dir, "2026-12-04T09:30:00");
    }

    @Test
    void scalingInLogsOneRoundTripAtTheAverageEntry() {
        try (EngineFixture f = morning()) {
            long firstFill = f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 62, T1).journalIndex;
            f.execution(ACCOUNT, 2, MGC, SIDE_LONG, 1, p(5202.0), 62, T2);
            f.execution(ACCOUNT, 3, MGC, SIDE_SHORT, 2, p(5205.0), 124, T3);

            // (5200.0 + 5202.0) / 2 = 5201.0 in, 5205.0 out; 50 + 30 ticks × $1.00 = $80.00 − 4 × $0.62 = $77.52
            TradeRecord trip = f.engine.executions().closedTrip(0);
            assertEquals(1, f.engine.executions().closedToday());
            assertEquals(firstFill, trip.tradeId, "a round trip is named by its first fill's journal index");
            assertEquals(2, trip.quantity);
            assertEquals(p(5201.0), trip.entryPrice);
            assertEquals(p(5205.0), trip.exitPrice);
            assertEquals(7_752, trip.realizedCents);
            assertEquals(T1, trip.openedNanos);
            assertEquals(T3, trip.closedNanos);
            assertEquals(ACCOUNT, trip.account());
            assertEquals(SIDE_LONG, trip.side);
        }
    }

    @Test
    void eachEndedRoundTripIsJournaledOnce() {
        try (EngineFixture f = morning()) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 2, p(5200.0), 124, T1);
            f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5201.0), 62, T2);
            f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5201.0), 62, T2); // NinjaTrader's resend
            f.execution(ACCOUNT, 3, MGC, SIDE_SHORT, 1, p(5199.0), 62, T3);

            // +10 ticks × $1 − 2 × $0.62 = $8.76; −10 ticks × $1 − 2 × $0.62 = −$11.24; total −$2.48
            assertEquals(List.of("Sim101 MGC LONG 2 5200.0→5200.0 stop=none cents=-248 in=" + T1 + "→out=" + T3 + " id=1"),
                    f.roundTrips);
        }
    }

    @Test
    void aReversalLogsTheClosedRoundTripAndKeepsTheNewOneOpen() {
        try (EngineFixture f = morning()) {
            f.execution(ACCOUNT, 1, MES, SIDE_LONG, 1, p(6000.00), 62, T1);
            EngineEvent reversal = f.execution(ACCOUNT, 2, MES, SIDE_SHORT, 3, p(5995.00), 186, T2);
            long reversalIndex = reversal.journalIndex;

            // the long: −20 ticks × $1.25 = −$25.00 − $0.62 in − $0.62 of the 3 out = −$26.24
            assertEquals(1, f.engine.executions().closedToday());
            assertEquals(-2_624, f.engine.executions().closedTrip(0).realizedCents);
            assertEquals(1, f.engine.executions().closedTrip(0).quantity);
            assertEquals(-2, f.engine.executions().openQuantity(reversal), "short 2 remain open");
            f.execution(ACCOUNT, 3, MES, SIDE_LONG, 2, p(5990.00), 124, T3);
            TradeRecord shortTrip = f.engine.executions().closedTrip(1);
            // the short: 2 at 5995.00 in (the reversal's rest), out at 5990.00: 20 ticks × $1.25 × 2 = $50.00
            //   − $1.24 of the reversal's commission − $1.24 out = $47.52
            assertEquals(SIDE_SHORT, shortTrip.side);
            assertEquals(2, shortTrip.quantity);
            assertEquals(p(5995.00), shortTrip.entryPrice);
            assertEquals(4_752, shortTrip.realizedCents);
            assertEquals(reversalIndex, shortTrip.tradeId, "the fill through zero opened it");
        }
    }

    @Test
    void theRoundTripIsMeasuredAgainstAProtectivePlanStop() {
        try (EngineFixture f = morning()) {
            FocusState plan = f.engine.focus(MGC);
            plan.computedNanos = T1;
            plan.rank = 1;
            plan.stop = 5195.0;
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 0, T1);
            f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5210.0), 0, T2);
            f.execution(ACCOUNT, 3, MGC, SIDE_SHORT, 1, p(5200.0), 0, T3); // a short: 5195.0 does not protect it
            f.execution(ACCOUNT, 4, MGC, SIDE_LONG, 1, p(5190.0), 0, T3);

            assertEquals(p(5195.0), f.engine.executions().closedTrip(0).stopPrice, "long from 5200.0, plan stop below");
            assertEquals(Prices.NONE, f.engine.executions().closedTrip(1).stopPrice);
        }
    }

    @Test
    void aNewEasternDayEmptiesTheLogAndKeepsTheOpenRoundTrip() {
        try (EngineFixture f = morning()) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 0, T1);
            f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5201.0), 0, T2);
            f.execution(ACCOUNT, 3, MGC, SIDE_LONG, 1, p(5202.0), 0, T3);
            f.clock(et("2026-12-05T09:30:00"));

            assertEquals(0, f.engine.executions().closedToday());
            assertNull(f.engine.executions().closedTrip(0));
            EngineEvent book = new EngineEvent();
            book.setAccount(ACCOUNT);
            book.instrument = MGC;
            assertEquals(1, f.engine.executions().openQuantity(book), "held overnight");
        }
    }

    @Test
    void theLogSurvivesARestartOnTheSameFiles() {
        try (EngineFixture f = morning()) {
            f.execution(ACCOUNT, 1, MGC, SIDE_LONG, 1, p(5200.0), 62, T1);
            f.execution(ACCOUNT, 2, MGC, SIDE_SHORT, 1, p(5199.0), 62, T2);
        }
        try (EngineFixture restarted = new EngineFixture(dir, 100)) {
            assertEquals(1, restarted.engine.executions().closedToday());
            // −10 ticks × $1.00 − 2 × $0.62 = −$11.24
            assertEquals(-1_124, restarted.engine.executions().closedTrip(0).realizedCents);
            assertEquals(ACCOUNT, restarted.engine.executions().closedTrip(0).account());
        }
    }

    @Test
    void onlyTheLastDaysWorthOfRowsAreKeptWhenABusyDayOverflowsTheLog() {
        try (EngineFixture f = morning()) {
            long id = 1;
            for (int i = 0; i < ExecutionBook.LOG_CAPACITY + 2; i++) {
                f.execution(ACCOUNT, id++, MGC, SIDE_LONG, 1, p(5200.0), 0, T1);
                f.execution(ACCOUNT, id++, MGC, SIDE_SHORT, 1, p(5200.0 + i * 0.1), 0, T2);
            }
            assertEquals(ExecutionBook.LOG_CAPACITY + 2, f.engine.executions().closedToday());
            assertNull(f.engine.executions().closedTrip(1), "the two oldest gave way");
            assertEquals(p(5200.2), f.engine.executions().closedTrip(2).exitPrice);
            assertEquals(ExecutionBook.LOG_CAPACITY + 2, f.roundTrips.size(), "every one is still journaled");
        }
    }
}
