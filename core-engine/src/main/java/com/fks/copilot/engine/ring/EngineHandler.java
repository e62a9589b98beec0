package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.lmax.disruptor.EventHandler;

/**
 * The ring's engine stage: runs after the journal stage, so every event it applies is already in
 * the input journal (write-ahead). Persists state at the end of each batch, as the
 * {@link EventHandler} contract asks of I/O.
 */
public final class EngineHandler implements EventHandler<EngineEvent> {
    private final Engine engine;

    public EngineHandler(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        engine.apply(event);
        if (endOfBatch) {
            engine.endOfBatch();
        }
    }
}
