package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.queue.OutputJournal;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A {@code kill -9} inside {@link Engine#endOfBatch()}: every map of the batch written but not the
 * status that covers them. Re-applying the batch on such maps would read bars and prices from the
 * batch's end where the uninterrupted run read them mid-batch, so the engine rebuilds from the whole
 * journal, and the day still ends exactly as the uninterrupted run.
 */
class InterruptedCommitTest {
    /** Events per engine batch: long batches, as under load, cross minute closes and ORB evaluations. */
    private static final int BATCH = 500;

    @TempDir
    static Path dir;
    private static Uninterrupted morning;

    @BeforeAll
    static void recordMorning() throws InterruptedException {
        morning = Uninterrupted.record(dir, LocalTime.of(9, 29), LocalTime.of(9, 49), 0);
    }

    @Test
    void killBeforeTheStatusWriteRebuildsTheStateAndEndsTheDayAsTheUninterruptedRun() {
        for (int crashBatch : new int[] {7, 23, 41, 58}) {
            Path crashed = dir.resolve("crashed-" + crashBatch);
            killedBeforeStatusWrite(crashed, crashBatch);
            assertRecoversToTheUninterruptedDay(crashed, "batch " + crashBatch);
        }
    }

    /**
     * Chronicle Map checksums every entry of a persisted map and recovery purges one whose bytes do
     * not match: a kill in the middle of writing gold's market state loses that entry altogether.
     */
    @Test
    void killInTheMiddleOfAMarketStateWriteRebuildsTheStateAndEndsTheDayAsTheUninterruptedRun() throws IOException {
        Path crashed = dir.resolve("torn-put");
        long goldApplied = killedBeforeStatusWrite(crashed, 30);
        tearMarketEntry(crashed, 0, goldApplied);
        assertRecoversToTheUninterruptedDay(crashed, "gold's entry torn");
    }

    private static void assertRecoversToTheUninterruptedDay(Path crashed, String crash) {
        try (EngineStateStore store = EngineStateStore.open(crashed);
             InputJournal input = new InputJournal(crashed);
             OutputJournal output = new OutputJournal(crashed)) {
            Engine engine = new Engine(store, output);
            assertTrue(engine.rebuiltAfterInterruptedCommit(), crash + ": the cut-off commit is seen");
            Recovery.catchUp(input, engine);
            morning.assertEndedAs(engine, output, crash);
        }
    }

    /** Changes one byte of the instrument's persisted {@code MarketState} (found by its instrument and applied index). */
    private static void tearMarketEntry(Path dataDir, int instrument, long appliedIndex) throws IOException {
        Path file = dataDir.resolve("state").resolve("market.dat");
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer pattern = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN).putInt(instrument).putLong(appliedIndex);
        int at = indexOf(bytes, pattern.array());
        assertTrue(at >= 0, "the market entry is in the file");
        bytes[at + 12 + 24] ^= 0x5A; // inside lastPrice, three longs after the applied index
        Files.write(file, bytes);
    }

    private static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    @Test
    void aCommitThatLandedIsKept() {
        Path stopped = dir.resolve("stopped");
        copyInputJournal(stopped);
        long lastApplied;
        try (EngineStateStore store = EngineStateStore.open(stopped);
             SingleChronicleQueue input = Journals.open(Journals.inputDir(stopped));
             OutputJournal output = new OutputJournal(stopped)) {
            Engine engine = new Engine(store, output);
            long[] n = {0};
            InputJournalReader.readAfter(input, -1, event -> {
                if (n[0]++ < 3 * BATCH) {
                    engine.apply(event);
                }
            });
            engine.endOfBatch();
            lastApplied = engine.appliedIndex();
        }
        try (EngineStateStore store = EngineStateStore.open(stopped);
             OutputJournal output = new OutputJournal(stopped)) {
            Engine engine = new Engine(store, output);
            assertFalse(engine.rebuiltAfterInterruptedCommit());
            assertEquals(lastApplied, engine.appliedIndex(), "recovery resumes after the landed commit");
        }
    }

    private static long killedBeforeStatusWrite(Path dataDir, int crashBatch) {
        return TornCommit.killedBeforeStatusWrite(morning.recorded(), dataDir, BATCH, crashBatch);
    }

    private static void copyInputJournal(Path dataDir) {
        TornCommit.copyInputJournal(morning.recorded(), dataDir);
    }
}
