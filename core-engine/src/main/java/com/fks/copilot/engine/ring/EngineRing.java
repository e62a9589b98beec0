package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.feed.FeedSink;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.ProducerType;

import java.util.List;

/**
 * The one Disruptor ring every input goes through; its order is the system's order.
 * Stages: journal → engine → publishers (each publisher sees only what the engine applied).
 * Producers (feed, clock, bridge) may publish from any thread.
 */
public final class EngineRing implements FeedSink, AutoCloseable {
    private final Disruptor<EngineEvent> disruptor;
    private final RingFailureLog failures = new RingFailureLog();
    private RingBuffer<EngineEvent> ring;

    @SafeVarargs
    public EngineRing(int size, RingThreading threading, EventHandler<EngineEvent> journal,
                      EventHandler<EngineEvent> engine, EventHandler<EngineEvent>... publishers) {
        this(size, threading, journal, engine, List.of(publishers));
    }

    public EngineRing(int size, RingThreading threading, EventHandler<EngineEvent> journal,
                      EventHandler<EngineEvent> engine, List<EventHandler<EngineEvent>> publishers) {
        disruptor = new Disruptor<>(EngineEvent::new, size, threading.threadFactory(), ProducerType.MULTI,
                threading.waitStrategy());
        disruptor.setDefaultExceptionHandler(failures);
        var afterEngine = disruptor.handleEventsWith(journal).then(engine);
        if (!publishers.isEmpty()) {
            @SuppressWarnings("unchecked")
            EventHandler<EngineEvent>[] stages = publishers.toArray(new EventHandler[0]);
            afterEngine.then(stages);
        }
    }

    public EngineRing start() {
        ring = disruptor.start();
        return this;
    }

    /** Claims the next slot; fill it (after {@link EngineEvent#clear()} or a setter) then {@link #publish}. */
    public long next() {
        return ring.next();
    }

    public EngineEvent slot(long sequence) {
        return ring.get(sequence);
    }

    public void publish(long sequence) {
        ring.publish(sequence);
    }

    @Override
    public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        long slot = ring.next();
        try {
            EngineEvent event = ring.get(slot);
            event.setTick(instrument, price, quantity, exchangeTimeNanos, sequence);
            event.receivedNanos = System.nanoTime();
        } finally {
            ring.publish(slot);
        }
    }

    @Override
    public void clock(long eventTimeNanos, long sequence) {
        long slot = ring.next();
        try {
            EngineEvent event = ring.get(slot);
            event.setClock(eventTimeNanos, sequence);
            event.receivedNanos = System.nanoTime();
        } finally {
            ring.publish(slot);
        }
    }

    /** Ring sequence of the last published slot. */
    public long cursor() {
        return ring.getCursor();
    }

    public long failures() {
        return failures.failures();
    }

    /** Waits until every published event has passed every stage, then stops the threads. */
    @Override
    public void close() {
        disruptor.shutdown();
    }
}
