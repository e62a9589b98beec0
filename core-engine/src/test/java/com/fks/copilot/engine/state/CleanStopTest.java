package com.fks.copilot.engine.state;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static com.fks.copilot.engine.market.Instruments.MGC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Maps a process closed open as they are; only maps a dead process left open go through Chronicle's recovery. */
class CleanStopTest {
    @TempDir
    Path dir;

    @Test
    void mapsClosedOnStopOpenWithoutRecovery() throws Exception {
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-12-04T09:30:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-12-04T09:30:01"));
        }
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            assertFalse(store.recoveredAfterCrash());
            MarketState market = new MarketState();
            assertTrue(store.readMarket(MGC, market));
            assertEquals(Prices.toFixed(5200.0), market.lastPrice, "the state is all there");
        }
    }

    @Test
    void mapsLeftOpenByADeadProcessAreRecovered() throws Exception {
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-12-04T09:30:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-12-04T09:30:01"));
        }
        Files.delete(dir.resolve("state").resolve("CLEAN")); // as kill -9 leaves it: the maps never closed
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            assertTrue(store.recoveredAfterCrash());
        }
    }

    @Test
    void aRunningStoreLeavesNoCleanMarkUntilItCloses() throws Exception {
        try (EngineStateStore first = EngineStateStore.open(dir)) {
            assertFalse(Files.exists(dir.resolve("state").resolve("CLEAN")), "a crash now must recover");
        }
        assertTrue(Files.exists(dir.resolve("state").resolve("CLEAN")));
    }
}
