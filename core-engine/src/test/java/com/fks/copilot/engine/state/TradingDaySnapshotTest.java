package com.fks.copilot.engine.state;

import com.fks.copilot.engine.EngineFixture;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static com.fks.copilot.engine.market.Instruments.MGC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The engine snapshots its state when event time crosses a CME trading day's end (17:00 ET), and a store a crash
 * left mid-commit comes back as that snapshot, not as empty maps.
 */
class TradingDaySnapshotTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    @Test
    void theFirstClockOfANewTradingDaySnapshotsThePreviousDayAtItsLastEvent() {
        long lastOfMonday;
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-11-23T16:58:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-11-23T16:59:30"));
            f.clock(EngineFixture.et("2026-11-23T16:59:59"));
            lastOfMonday = f.engine.appliedIndex();
            assertEquals(List.of(), f.store.snapshots().days(), "nothing before the day ends");
            f.clock(EngineFixture.et("2026-11-23T17:00:00"));
            assertEquals(List.of(MONDAY), f.store.snapshots().days(), "Monday closed by the 17:00 clock");
            f.clock(EngineFixture.et("2026-11-23T18:00:00"));
            f.clock(EngineFixture.et("2026-11-24T09:30:00"));
            assertEquals(List.of(MONDAY), f.store.snapshots().days(), "Tuesday has not ended");
            assertTrue(f.store.lastSnapshotNanos() >= 0);
        }
        assertEquals(lastOfMonday, manifestIndex(MONDAY), "the snapshot reflects the last event of Monday");
    }

    @Test
    void aWeekendBelongsToMonday() {
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-11-20T16:59:00")) {
            f.clock(EngineFixture.et("2026-11-20T17:00:00"));
            f.clock(EngineFixture.et("2026-11-22T18:00:00")); // Sunday's open: still Monday's trading day
            f.clock(EngineFixture.et("2026-11-23T16:59:59"));
            assertEquals(List.of(LocalDate.of(2026, 11, 20)), f.store.snapshots().days());
            f.clock(EngineFixture.et("2026-11-23T17:00:01"));
            assertEquals(List.of(MONDAY, LocalDate.of(2026, 11, 20)), f.store.snapshots().days());
        }
    }

    @Test
    void aCommitCutShortRestoresTheLastSnapshotInsteadOfEmptyingTheMaps() throws IOException {
        long snapshotIndex;
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-11-23T16:58:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-11-23T16:59:30"));
            snapshotIndex = f.engine.appliedIndex();
            f.clock(EngineFixture.et("2026-11-23T17:00:00"));
            f.clock(EngineFixture.et("2026-11-23T18:00:00"));
            f.tick(MGC, Prices.toFixed(5300.0), 1, EngineFixture.et("2026-11-23T18:00:30"));
            f.store.beginCommit(f.engine.appliedIndex() + 1); // kill -9 between the marker and the status
        }
        Files.delete(dir.resolve("state").resolve("CLEAN"));
        try (EngineFixture f = new EngineFixture(dir)) {
            assertTrue(f.engine.rebuiltAfterInterruptedCommit());
            assertEquals(MONDAY, f.store.restoredFrom().orElseThrow().day());
            assertEquals(snapshotIndex, f.engine.appliedIndex(), "the journal is replayed after Monday's last event");
            assertEquals(Prices.toFixed(5200.0), f.engine.market(MGC).lastPrice, "Monday's close, not the torn evening's");
            assertTrue(f.store.recoveredAfterCrash());
        }
        assertFalse(Files.exists(dir.resolve("state").resolve("RESTORING")));
    }

    @Test
    void aCommitCutShortWithoutASnapshotEmptiesTheMapsForAFullReplay() {
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-11-24T09:30:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-11-24T09:30:01"));
            f.store.beginCommit(f.engine.appliedIndex() + 1);
        }
        try (EngineFixture f = new EngineFixture(dir)) {
            assertTrue(f.engine.rebuiltAfterInterruptedCommit());
            assertTrue(f.store.restoredFrom().isEmpty());
            assertEquals(-1, f.engine.appliedIndex());
        }
    }

    @Test
    void aRestoreCutShortIsDoneAgainAtTheNextOpen() throws IOException {
        try (EngineFixture f = EngineFixture.clockedAt(dir, "2026-11-23T16:59:00")) {
            f.tick(MGC, Prices.toFixed(5200.0), 1, EngineFixture.et("2026-11-23T16:59:30"));
            f.clock(EngineFixture.et("2026-11-23T17:00:00"));
        }
        Files.writeString(dir.resolve("state").resolve("RESTORING"), "killed while copying");
        Files.write(dir.resolve("state").resolve("market.dat"), new byte[] {1, 2, 3}); // half a copy
        try (EngineFixture f = new EngineFixture(dir)) {
            assertTrue(f.engine.rebuiltAfterInterruptedCommit());
            assertEquals(MONDAY, f.store.restoredFrom().orElseThrow().day());
            assertEquals(Prices.toFixed(5200.0), f.engine.market(MGC).lastPrice);
        }
    }

    private long manifestIndex(LocalDate day) {
        return new StateSnapshots(dir.resolve("snapshots"), StateSnapshots.KEEP).manifest(day).orElseThrow().appliedIndex();
    }
}
