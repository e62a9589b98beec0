package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.feed.DemoDay;
import com.fks.copilot.engine.feed.PacedFeed;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.OutputJournal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

/**
 * Records a demo morning through the real ring (journal → engine) into a data dir, as fast as it
 * goes, with a trader's bridge snapshots, pre-flight checks and trades interleaved.
 */
public final class DemoRecording {
    public static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private DemoRecording() {
    }

    public static ReplayReport record(Path dataDir, LocalTime start, LocalTime end) throws InterruptedException {
        return record(dataDir, start, end, 0);
    }

    /** As above, after {@code historyDays} prior trading days (and the day's overnight): the journal crosses day ends. */
    public static ReplayReport record(Path dataDir, LocalTime start, LocalTime end, int historyDays) throws InterruptedException {
        try (EngineStateStore store = EngineStateStore.open(dataDir);
             InputJournal input = new InputJournal(dataDir);
             OutputJournal output = new OutputJournal(dataDir)) {
            Engine engine = new Engine(store, output);
            EngineRing ring = new EngineRing(4096, RingThreading.blocking(), input, new EngineHandler(engine)).start();
            TradingMorning trader = new TradingMorning(ring);
            PacedFeed feed = new PacedFeed(new DemoDay(11, DAY, start, end, historyDays), trader, 0, 0);
            feed.startThread().join();
            ring.close();
            return ReplayReport.of(engine, Map.of(), JournalDigest.of(output.queue()));
        }
    }
}
