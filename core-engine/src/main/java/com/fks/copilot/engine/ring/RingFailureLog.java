package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.lmax.disruptor.ExceptionHandler;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The one place ring exceptions go. An exception is a bug: it is logged with the event that
 * caused it and counted (visible on /health), and the ring keeps moving rather than stalling.
 */
public final class RingFailureLog implements ExceptionHandler<EngineEvent> {
    private static final System.Logger LOG = System.getLogger("copilot.ring");
    private final AtomicLong failures = new AtomicLong();

    @Override
    public void handleEventException(Throwable ex, long sequence, EngineEvent event) {
        failures.incrementAndGet();
        String what = event == null ? "a batch" : EventType.name(event.type) + " instrument=" + event.instrument
                + " journalIndex=" + event.journalIndex;
        LOG.log(System.Logger.Level.ERROR, "ring handler failed at sequence " + sequence + " on " + what, ex);
    }

    @Override
    public void handleOnStartException(Throwable ex) {
        failures.incrementAndGet();
        LOG.log(System.Logger.Level.ERROR, "ring handler failed to start", ex);
    }

    @Override
    public void handleOnShutdownException(Throwable ex) {
        failures.incrementAndGet();
        LOG.log(System.Logger.Level.ERROR, "ring handler failed to shut down", ex);
    }

    public long failures() {
        return failures.get();
    }
}
