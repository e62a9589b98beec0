package com.fks.copilot.engine;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.BarHistory;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.MarketState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static com.fks.copilot.engine.EngineFixture.et;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {
    private static final int GOLD = Instruments.MGC;

    @Test
    void shouldTrackSessionOpenHighLowAndVolume(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.tick(GOLD, Prices.toFixed(5200.0), 2, et("2026-11-24T09:30:01"));
            f.tick(GOLD, Prices.toFixed(5205.5), 1, et("2026-11-24T09:30:02"));
            f.tick(GOLD, Prices.toFixed(5198.2), 3, et("2026-11-24T09:30:03"));

            MarketState gold = f.engine.market(GOLD);
            assertEquals(Prices.toFixed(5200.0), gold.openPrice);
            assertEquals(Prices.toFixed(5205.5), gold.highPrice);
            assertEquals(Prices.toFixed(5198.2), gold.lowPrice);
            assertEquals(Prices.toFixed(5198.2), gold.lastPrice);
            assertEquals(6, gold.volume);
        }
    }

    @Test
    void shouldCloseMinuteBarWhenFirstTickOfNextMinuteArrives(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.tick(GOLD, Prices.toFixed(5200.0), 1, et("2026-11-24T09:30:10"));
            f.tick(GOLD, Prices.toFixed(5203.0), 1, et("2026-11-24T09:30:50"));
            f.tick(GOLD, Prices.toFixed(5201.0), 4, et("2026-11-24T09:31:05"));

            BarHistory closed = f.engine.oneMinuteBars(GOLD);
            assertEquals(1, closed.count);
            assertEquals(et("2026-11-24T09:30:00"), closed.ago(0).startNanos);
            assertEquals(Prices.toFixed(5203.0), closed.ago(0).close);
            assertEquals(2, closed.ago(0).volume);
            assertEquals(et("2026-11-24T09:31:00"), f.engine.market(GOLD).bar.startNanos);
            assertEquals(1, f.derived.stream().filter(s -> s.startsWith("BAR_CLOSED")).count());
        }
    }

    @Test
    void shouldCloseMinuteBarOnClockEventWithoutAnotherTick(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.tick(GOLD, Prices.toFixed(5200.0), 1, et("2026-11-24T09:30:10"));
            f.clock(et("2026-11-24T09:30:59"));
            assertEquals(0, f.engine.oneMinuteBars(GOLD).count, "bar still in progress at 09:30:59");
            f.clock(et("2026-11-24T09:31:00"));
            assertEquals(1, f.engine.oneMinuteBars(GOLD).count, "time is an event: the 09:31 clock closes the bar");
        }
    }

    @Test
    void shouldChangeSessionModeAtFiveAndTwelveEasternTime(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.clock(et("2026-11-24T04:59:59"));
            f.clock(et("2026-11-24T05:00:00"));
            f.clock(et("2026-11-24T11:59:59"));
            f.clock(et("2026-11-24T12:00:00"));

            List<String> changes = f.derived.stream().filter(e -> e.startsWith("SESSION_CHANGE")).toList();
            assertEquals(3, changes.size(), changes.toString());
            assertTrue(changes.get(0).contains("mode=" + SessionMode.PRE_MARKET.ordinal() + " "));
            assertTrue(changes.get(1).contains("mode=" + SessionMode.ACTIVE.ordinal() + " "));
            assertTrue(changes.get(2).contains("mode=" + SessionMode.OFF_HOURS.ordinal() + " "));
        }
    }

    @Test
    void shouldResetSessionFiguresAtTheCmeTradingDayStartOf18Eastern(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.tick(GOLD, Prices.toFixed(5200.0), 5, et("2026-11-24T16:59:00"));
            f.tick(GOLD, Prices.toFixed(5190.0), 1, et("2026-11-24T18:00:00"));

            MarketState gold = f.engine.market(GOLD);
            assertEquals(Prices.toFixed(5190.0), gold.openPrice);
            assertEquals(1, gold.volume);
        }
    }

    @Test
    void shouldSkipEventsAlreadyAppliedSoRecoveryIsIdempotent(@TempDir Path dir) {
        try (EngineFixture f = new EngineFixture(dir)) {
            f.tick(GOLD, Prices.toFixed(5200.0), 2, et("2026-11-24T09:30:01"));
        }
        try (EngineFixture again = new EngineFixture(dir, 0)) {
            again.tick(GOLD, Prices.toFixed(5200.0), 2, et("2026-11-24T09:30:01"));
            assertEquals(2, again.engine.market(GOLD).volume, "index 0 re-offered after restart is not counted twice");
            EngineStatus status = new EngineStatus();
            again.store.readStatus(status);
            assertEquals(1, status.eventsProcessed);
        }
    }

    @Test
    void shouldReloadPersistedStateOnRestart(@TempDir Path dir) {
        long digest;
        try (EngineFixture f = new EngineFixture(dir)) {
            f.tick(GOLD, Prices.toFixed(5200.0), 2, et("2026-11-24T09:30:01"));
            f.tick(Instruments.MNQ, Prices.toFixed(21450.25), 1, et("2026-11-24T09:31:01"));
            f.clock(et("2026-11-24T09:32:00"));
            digest = f.engine.digest().value();
        }
        try (EngineFixture reopened = new EngineFixture(dir, 3)) {
            assertEquals(digest, reopened.engine.digest().value());
            assertEquals(2, reopened.engine.appliedIndex());
        }
    }
}
