package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.lmax.disruptor.EventHandler;

/**
 * The ring's engine stage: runs after the journal stage, so every event it applies is already in
 * the input journal (write-ahead); one the journal could not take is skipped. Persists state at the end of each batch, as the
 * {@link EventHandler} contract asks of I/O. Stamps each event with the time it was applied and counts
 * it in {@link RingStats}: two clock reads and a few ordered stores, nothing allocated.
 */
public final class EngineHandler implements EventHandler<EngineEvent> {
    private final Engine engine;
    private final RingStats stats;

    public EngineHandler(Engine engine) {
        this(engine, new RingStats());
    }

    public EngineHandler(Engine engine, RingStats stats) {
        this.engine = engine;
        this.stats = stats;
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        if (event.journalIndex >= 0) { // an event the journal could not take (disk full) is never applied: write-ahead
            engine.apply(event);
            long applied = System.nanoTime();
            event.appliedNanos = applied;
            stats.applied(event.type, event.receivedNanos == 0 ? -1 : applied - event.receivedNanos);
        }
        if (endOfBatch) {
            engine.endOfBatch();
            stats.batchEnded(System.currentTimeMillis());
        }
    }
}
