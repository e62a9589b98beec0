package com.fks.copilot.engine.ring;

import com.lmax.disruptor.Sequence;
import com.lmax.disruptor.SequenceBarrier;
import com.lmax.disruptor.WaitStrategy;

/**
 * The wait strategy of a ring drained by polling ({@link LoopDrain}): nobody waits on it, so
 * publishing signals nothing (the drain is woken through its executor instead), and waiting is a bug.
 */
final class PolledWaitStrategy implements WaitStrategy {
    @Override
    public long waitFor(long sequence, Sequence cursor, Sequence dependentSequence, SequenceBarrier barrier) {
        throw new UnsupportedOperationException("a polled ring has no waiting consumer");
    }

    @Override
    public void signalAllWhenBlocking() {
        // the drain is queued on its executor by the producer
    }
}
