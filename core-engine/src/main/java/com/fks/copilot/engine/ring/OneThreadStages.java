package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.event.EngineEvent;
import com.lmax.disruptor.DataProvider;
import com.lmax.disruptor.EventHandler;

/**
 * Every stage of the ring on one consumer thread, in ring order. Each event is journaled and then
 * applied as it arrives (write-ahead holds per event); at the end of the batch, once the engine has
 * committed the batch's state, the publishers see the batch's events in order, exactly as a publisher
 * stage would after the engine stage's sequence moved past them. The batch's slots stay this thread's
 * until it returns from the batch's last event, so reading them again here is safe.
 *
 * <p>A publisher that throws is reported for that event and the other publishers still run: one bad
 * view must not cost the other clients their update.
 */
final class OneThreadStages implements EventHandler<EngineEvent> {
    private final EventHandler<EngineEvent> journal;
    private final EventHandler<EngineEvent> engine;
    private final EventHandler<EngineEvent>[] publishers;
    private final RingFailureLog failures;
    private DataProvider<EngineEvent> slots;
    private long batchStart = -1;

    OneThreadStages(EventHandler<EngineEvent> journal, EventHandler<EngineEvent> engine,
                    EventHandler<EngineEvent>[] publishers, RingFailureLog failures) {
        this.journal = journal;
        this.engine = engine;
        this.publishers = publishers;
        this.failures = failures;
    }

    /** The ring whose slots this handler reads again at the end of a batch; set before the ring starts. */
    void readFrom(DataProvider<EngineEvent> ring) {
        this.slots = ring;
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) throws Exception {
        if (batchStart < 0) {
            batchStart = sequence;
        }
        try {
            journal.onEvent(event, sequence, endOfBatch);
            engine.onEvent(event, sequence, endOfBatch);
        } finally {
            if (endOfBatch) {
                long first = batchStart;
                batchStart = -1;
                publish(first, sequence);
            }
        }
    }

    private void publish(long first, long last) {
        for (long s = first; s <= last; s++) {
            EngineEvent event = slots.get(s);
            for (EventHandler<EngineEvent> publisher : publishers) {
                try {
                    publisher.onEvent(event, s, s == last);
                } catch (Exception | LinkageError e) {
                    failures.handleEventException(e, s, event);
                }
            }
        }
    }

    @Override
    public void onStart() {
        journal.onStart();
        engine.onStart();
        for (EventHandler<EngineEvent> publisher : publishers) {
            publisher.onStart();
        }
    }

    @Override
    public void onShutdown() {
        for (EventHandler<EngineEvent> publisher : publishers) {
            publisher.onShutdown();
        }
        engine.onShutdown();
        journal.onShutdown();
    }
}
