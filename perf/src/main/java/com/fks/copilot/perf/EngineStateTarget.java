package com.fks.copilot.perf;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.feed.FeedSink;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.OutputJournal;

import java.nio.file.Path;

/**
 * The app's ring without the gateway: input journal → engine (over Chronicle Maps, deriving into the
 * output journal), wired as {@code CopilotApp} wires them, with the engine stage wrapped in an
 * {@link AppliedProbe}: a tick has arrived when the engine has applied (and, at batch end, persisted) it.
 */
public final class EngineStateTarget implements TickTarget {
    private final EngineStateStore store;
    private final InputJournal input;
    private final OutputJournal output;
    private final EngineRing ring;

    private EngineStateTarget(EngineStateStore store, InputJournal input, OutputJournal output, EngineRing ring) {
        this.store = store;
        this.input = input;
        this.output = output;
        this.ring = ring;
    }

    public static EngineStateTarget open(Path dataDir, RingThreading threading, int ringSize, ArrivalLog arrivals) {
        EngineStateStore store = EngineStateStore.open(dataDir);
        InputJournal input = new InputJournal(dataDir);
        OutputJournal output = new OutputJournal(dataDir);
        AppliedProbe probe = new AppliedProbe(new EngineHandler(new Engine(store, output)), arrivals);
        EngineRing ring = new EngineRing(ringSize, threading, input, probe).start();
        return new EngineStateTarget(store, input, output, ring);
    }

    @Override
    public FeedSink sink() {
        return ring;
    }

    @Override
    public void close() {
        ring.close();
        output.close();
        input.close();
        store.close();
    }
}
