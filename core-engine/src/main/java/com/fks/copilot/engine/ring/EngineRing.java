package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.feed.FeedSink;
import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventHandler;
import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;
import com.lmax.disruptor.dsl.Disruptor;
import com.lmax.disruptor.dsl.EventProcessorFactory;
import com.lmax.disruptor.dsl.ProducerType;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * The one Disruptor ring every input goes through; its order is the system's order.
 * Stages: journal → engine → publishers (each publisher sees only what the engine applied). They run
 * in one of three ways, chosen at wiring time:
 * <ul>
 *   <li>{@link RingTopology#STAGES}: a thread per stage (machines with cores to spare);</li>
 *   <li>{@link RingTopology#ONE_THREAD}: one consumer thread of the ring's own runs every stage per batch;</li>
 *   <li>{@link RingTopology#ONE_THREAD} drained on a given executor ({@link LoopDrain}): the app's Netty
 *       event loop runs every stage, so a trade read from the feed reaches the browsers without a thread hop.</li>
 * </ul>
 * Producers (feed, clock, bridge) may publish from any thread.
 */
public final class EngineRing implements FeedSink, AutoCloseable {
    /**
     * On one thread the publishers wait for the end of a batch: capping a batch bounds how long the
     * first event of a burst (a replay at full speed, a reconnect's gap fill) waits to be shown.
     */
    static final int MAX_ONE_THREAD_BATCH = 1024;
    private final RingFailureLog failures = new RingFailureLog();
    private final RingBuffer<EngineEvent> ring;
    /** Null when the ring is drained on an executor. */
    private final Disruptor<EngineEvent> disruptor;
    /** Null unless the ring is drained on an executor. */
    private final LoopDrain drain;

    @SafeVarargs
    public EngineRing(int size, RingThreading threading, EventHandler<EngineEvent> journal,
                      EventHandler<EngineEvent> engine, EventHandler<EngineEvent>... publishers) {
        this(size, threading, null, journal, engine, List.of(publishers));
    }

    /**
     * @param drainOn with {@link RingTopology#ONE_THREAD}, a single-threaded executor (a Netty event loop)
     *                that runs every stage instead of a thread of the ring's own; null = the ring's own thread
     */
    public EngineRing(int size, RingThreading threading, Executor drainOn, EventHandler<EngineEvent> journal,
                      EventHandler<EngineEvent> engine, List<EventHandler<EngineEvent>> publishers) {
        @SuppressWarnings("unchecked")
        EventHandler<EngineEvent>[] stages = publishers.toArray(new EventHandler[0]);
        if (threading.topology() == RingTopology.ONE_THREAD && drainOn != null) {
            disruptor = null;
            ring = RingBuffer.createMultiProducer(EngineEvent::new, size, new PolledWaitStrategy());
            OneThreadStages all = new OneThreadStages(journal, engine, stages, failures);
            all.readFrom(ring);
            drain = new LoopDrain(ring, all, drainOn, failures);
            return;
        }
        drain = null;
        disruptor = new Disruptor<>(EngineEvent::new, size, threading.threadFactory(), ProducerType.MULTI,
                threading.waitStrategy());
        disruptor.setDefaultExceptionHandler(failures);
        ring = disruptor.getRingBuffer();
        if (threading.topology() == RingTopology.ONE_THREAD) {
            OneThreadStages all = new OneThreadStages(journal, engine, stages, failures);
            all.readFrom(ring);
            EventProcessorFactory<EngineEvent> oneThread = (buffer, barrier) -> {
                BatchEventProcessor<EngineEvent> processor = new BatchEventProcessorBuilder()
                        .setMaxBatchSize(MAX_ONE_THREAD_BATCH).build(buffer, buffer.newBarrier(barrier), all);
                processor.setExceptionHandler(failures);
                return processor;
            };
            disruptor.handleEventsWith(oneThread);
        } else {
            var afterEngine = disruptor.handleEventsWith(journal).then(engine);
            if (stages.length > 0) {
                afterEngine.then(stages);
            }
        }
    }

    public EngineRing start() {
        if (drain != null) {
            drain.start();
        } else {
            disruptor.start();
        }
        return this;
    }

    /** Claims the next slot; fill it (after {@link EngineEvent#clear()} or a setter) then {@link #publish}. */
    public long next() {
        if (drain != null && drain.onDrainThread()) {
            return drain.claimOnDrainThread();
        }
        return ring.next();
    }

    /**
     * Claims the next slot without waiting: -1 when the ring is full. For callers that must not block
     * (an HTTP request on an event loop); the ring's own drain thread makes room itself instead.
     */
    public long tryNext() {
        if (drain != null && drain.onDrainThread()) {
            return drain.claimOnDrainThread();
        }
        try {
            return ring.tryNext();
        } catch (InsufficientCapacityException full) {
            return -1;
        }
    }

    public EngineEvent slot(long sequence) {
        return ring.get(sequence);
    }

    public void publish(long sequence) {
        ring.publish(sequence);
        if (drain != null) {
            drain.wake();
        }
    }

    @Override
    public void tick(int instrument, long price, long quantity, long exchangeTimeNanos, long sequence) {
        long slot = next();
        try {
            EngineEvent event = ring.get(slot);
            event.setTick(instrument, price, quantity, exchangeTimeNanos, sequence);
            event.receivedNanos = System.nanoTime();
        } finally {
            publish(slot);
        }
    }

    @Override
    public void clock(long eventTimeNanos, long sequence) {
        long slot = next();
        try {
            EngineEvent event = ring.get(slot);
            event.setClock(eventTimeNanos, sequence);
            event.receivedNanos = System.nanoTime();
        } finally {
            publish(slot);
        }
    }

    /** Ring sequence of the last published slot. */
    public long cursor() {
        return ring.getCursor();
    }

    /** Free slots now: how far the slowest stage could fall behind before producers wait. */
    public long remainingCapacity() {
        return ring.remainingCapacity();
    }

    public long failures() {
        return failures.failures();
    }

    /** Waits until every published event has passed every stage, then stops the stages. */
    @Override
    public void close() {
        if (drain != null) {
            drain.close();
        } else {
            disruptor.shutdown();
        }
    }
}
