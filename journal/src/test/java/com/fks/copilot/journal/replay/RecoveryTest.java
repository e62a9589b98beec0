package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.feed.DemoDay;
import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.OutputJournal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecoveryTest {

    /** Journals every demo event; applies only the first {@code applied} to the engine, like a crash would. */
    private static void journalWithEngineBehind(Path dataDir, int applied) {
        try (EngineStateStore store = EngineStateStore.open(dataDir);
             InputJournal input = new InputJournal(dataDir);
             OutputJournal output = new OutputJournal(dataDir)) {
            Engine engine = new Engine(store, output);
            EngineEvent event = new EngineEvent();
            int[] count = {0};
            DemoDay day = new DemoDay(5, DemoRecording.DAY, LocalTime.of(9, 29), LocalTime.of(9, 40));
            FeedSink sink = new FeedSink() {
                @Override
                public void tick(int instrument, long price, long quantity, long time, long sequence) {
                    event.setTick(instrument, price, quantity, time, sequence);
                    step();
                }

                @Override
                public void clock(long time, long sequence) {
                    event.setClock(time, sequence);
                    step();
                }

                private void step() {
                    input.append(event);
                    if (count[0]++ < applied) {
                        engine.apply(event);
                        engine.endOfBatch();
                    }
                }
            };
            while (day.next()) {
                day.publishTo(sink);
            }
        }
    }

    @Test
    void catchUpAppliesWhatTheJournalHoldsBeyondTheEngineState(@TempDir Path dir) {
        Path crashed = dir.resolve("crashed");
        Path whole = dir.resolve("whole");
        journalWithEngineBehind(crashed, 1_000);
        journalWithEngineBehind(whole, Integer.MAX_VALUE);

        try (EngineStateStore store = EngineStateStore.open(crashed);
             InputJournal input = new InputJournal(crashed);
             OutputJournal output = new OutputJournal(crashed)) {
            Engine engine = new Engine(store, output);
            long reapplied = Recovery.catchUp(input, engine);

            ReplayReport reference = Replay.run(whole, dir.resolve("reference"));
            assertEquals(reference.events() - 1_000, reapplied);
            assertEquals(reference.stateDigest(), engine.digest().hex());
            try (OutputJournal uninterrupted = new OutputJournal(whole)) {
                assertEquals(JournalDigest.of(uninterrupted.queue()), JournalDigest.of(output.queue()),
                        "output journal holds every derived event exactly once");
            }
        }
    }
}
