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

/** Map files of another value layout are dropped (recovery rebuilds them from the input journal), never misread. */
class StateLayoutTest {
    @TempDir
    Path dir;

    @Test
    void mapsOfAnOlderLayoutAreDeletedSoRecoveryRebuildsThem() throws Exception {
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-12-04T09:30:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-12-04T09:30:01"));
        }
        Path state = dir.resolve("state");
        Files.delete(state.resolve("LAYOUT")); // as a build before the layout file left it

        assertTrue(StateLayout.prepare(state));
        try (EngineFixture reopened = new EngineFixture(dir)) {
            assertEquals(-1, reopened.engine.appliedIndex(), "nothing applied: the whole input journal is replayed");
        }
    }

    @Test
    void mapsOfTheCurrentLayoutAreKept() throws Exception {
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-12-04T09:30:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-12-04T09:30:01"));
        }
        assertFalse(StateLayout.prepare(dir.resolve("state")));
        try (EngineFixture reopened = new EngineFixture(dir)) {
            assertEquals(1, reopened.engine.appliedIndex());
        }
    }
}
