package com.fks.copilot.perf;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.lmax.disruptor.EventHandler;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Wraps the ring's engine stage: after the engine has applied a tick (and persisted, at the end
 * of a batch), publishes the tick's source sequence with release semantics and logs its arrival.
 * So "tick → engine state" ends on the engine thread itself, with no extra ring stage or thread.
 */
public final class AppliedProbe implements EventHandler<EngineEvent> {
    private final EventHandler<EngineEvent> engineStage;
    private final ArrivalLog arrivals;
    private final AtomicLong appliedSequence = new AtomicLong();

    public AppliedProbe(EventHandler<EngineEvent> engineStage, ArrivalLog arrivals) {
        this.engineStage = engineStage;
        this.arrivals = arrivals;
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) throws Exception {
        engineStage.onEvent(event, sequence, endOfBatch);
        if (event.type == EventType.TICK) {
            appliedSequence.setRelease(event.sourceSequence);
            arrivals.record(event.sourceSequence, System.nanoTime());
        }
    }

    /** Source sequence of the last tick the engine applied (0 before any). */
    public long appliedSequence() {
        return appliedSequence.getAcquire();
    }

    /** Waits, spinning then yielding (on a 2-core box the ring threads need the CPU), until {@code sequence} is applied. */
    public void awaitApplied(long sequence) {
        int spins = 0;
        while (appliedSequence.getAcquire() < sequence) {
            if (++spins < 100) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
        }
    }
}
