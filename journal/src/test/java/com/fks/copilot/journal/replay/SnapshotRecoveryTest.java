package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.SnapshotManifest;
import com.fks.copilot.engine.state.StateSnapshots;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.queue.OutputJournal;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Snapshots at the trading-day boundary over a journal of three sessions (Friday 20 and Monday 23 November as
 * history, then Tuesday's overnight and open): the engine writes one per day that ended, a replay writes the same,
 * and a crash mid-commit recovers from the newest valid one by replaying only the journal after it.
 */
class SnapshotRecoveryTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 20);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final int BATCH = 500;

    @TempDir
    static Path dir;
    private static Uninterrupted days;
    private static Path recorded;
    private static long events;

    @BeforeAll
    static void recordTwoHistoryDaysAndTheOpen() throws InterruptedException {
        days = Uninterrupted.record(dir, LocalTime.of(9, 29), LocalTime.of(9, 35), 2);
        recorded = days.recorded();
        events = eventsAfter(-1);
    }

    @Test
    void eachDayThatEndedIsSnapshottedAtItsLastJournaledEventAndAReplayMakesTheSame() {
        StateSnapshotsView live = StateSnapshotsView.of(recorded);
        assertEquals(List.of(MONDAY, FRIDAY), live.days());
        assertEquals(live, StateSnapshotsView.of(dir.resolve("uninterrupted")), "a replay snapshots the same days at the same indexes");
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded))) {
            for (LocalDate day : live.days()) {
                long index = live.index(day);
                assertTrue(index >= Journals.firstIndexOf(input, day) && index < Journals.firstIndexOf(input, day.plusDays(1)),
                        day + "'s snapshot reflects an event of " + day + "'s journal file");
            }
        }
    }

    @Test
    void aCommitCutShortRestoresTheNewestSnapshotAndReplaysOnlyTheJournalAfterIt() {
        Path crashed = dir.resolve("crashed-late");
        TornCommit.killedBeforeStatusWrite(recorded, crashed, BATCH, (int) (events / BATCH) - 2);
        long afterMonday = eventsAfter(StateSnapshotsView.of(crashed).index(MONDAY));

        long replayed = recover(crashed, MONDAY);

        assertEquals(afterMonday, replayed, "only the events after Monday's snapshot");
        assertTrue(replayed < events / 2, replayed + " of " + events);
    }

    @Test
    void aDamagedNewestSnapshotFallsBackToTheOneBefore() throws IOException {
        Path crashed = dir.resolve("crashed-damaged");
        TornCommit.killedBeforeStatusWrite(recorded, crashed, BATCH, (int) (events / BATCH) - 2);
        Path monday = crashed.resolve("snapshots").resolve(MONDAY.toString()).resolve("bars5m-slots.dat");
        byte[] bytes = Files.readAllBytes(monday);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(monday, bytes);
        long afterFriday = eventsAfter(StateSnapshotsView.of(crashed).index(FRIDAY));

        assertEquals(afterFriday, recover(crashed, FRIDAY), "the events after Friday's snapshot");
    }

    /** Snapshot writes measured on this recording's end-of-day state (the target: 200 ms). */
    @Test
    void aSnapshotOfADemoDaysStateTakesMilliseconds() throws IOException {
        Path copy = dir.resolve("timed");
        Files.createDirectories(copy.resolve("state"));
        try (Stream<Path> files = Files.list(recorded.resolve("state"))) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve("state").resolve(file.getFileName()));
            }
        }
        long[] nanos = new long[9];
        try (EngineStateStore store = EngineStateStore.open(copy)) {
            for (int i = 0; i < nanos.length; i++) {
                store.snapshotTradingDay(MONDAY.plusDays(i + 1), 1);
                nanos[i] = store.lastSnapshotNanos();
            }
        }
        Arrays.sort(nanos);
        System.out.printf("snapshot write of the demo day's state: min %.2f ms, median %.2f ms, max %.2f ms%n",
                nanos[0] / 1e6, nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6);
        assertTrue(nanos[nanos.length / 2] < 200_000_000L, "median " + nanos[nanos.length / 2] / 1e6 + " ms");
    }

    /** Reopens a crashed data dir as the app does; asserts the snapshot used and the final state; returns events replayed. */
    private static long recover(Path crashed, LocalDate expected) {
        try (EngineStateStore store = EngineStateStore.open(crashed);
             InputJournal input = new InputJournal(crashed);
             OutputJournal output = new OutputJournal(crashed)) {
            Engine engine = new Engine(store, output);
            assertTrue(engine.rebuiltAfterInterruptedCommit(), "the cut-off commit is seen");
            assertEquals(expected, store.restoredFrom().map(SnapshotManifest::day).orElse(null), "snapshot restored");
            long replayed = Recovery.catchUp(input, engine);
            days.assertEndedAs(engine, output, "recovered from " + expected);
            return replayed;
        }
    }

    private static long eventsAfter(long index) {
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recorded))) {
            return InputJournalReader.readAfter(input, index, event -> { });
        }
    }

    /** The snapshots of a data dir as (day, applied index), newest first. */
    private record StateSnapshotsView(List<LocalDate> days, List<Long> indexes) {
        static StateSnapshotsView of(Path dataDir) {
            StateSnapshots snapshots = new StateSnapshots(dataDir.resolve("snapshots"), StateSnapshots.KEEP);
            List<LocalDate> days = snapshots.days();
            List<Long> indexes = days.stream().map(day -> snapshots.manifest(day).orElseThrow().appliedIndex()).toList();
            return new StateSnapshotsView(days, indexes);
        }

        long index(LocalDate day) {
            return indexes.get(days.indexOf(day));
        }
    }
}
