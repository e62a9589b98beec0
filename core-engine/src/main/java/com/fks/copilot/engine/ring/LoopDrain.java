package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.event.EngineEvent;
import com.lmax.disruptor.EventPoller;
import com.lmax.disruptor.InsufficientCapacityException;
import com.lmax.disruptor.RingBuffer;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs every stage of the ring on the thread of a single-threaded executor — in the app, the Netty
 * event loop that also reads the market feed and writes the dashboards' sockets — instead of on a
 * thread of the ring's own. A trade read from the feed's socket is then journaled, applied and written
 * to the browsers' sockets by the thread that read it, with no thread hand-off inside the process;
 * the thread parks in the loop's select when there is nothing to do.
 *
 * <p>Producers publish into the ring as usual and then {@link #wake()} the drain: at most one drain is
 * queued on the executor at a time. A drain polls what is published, in ring order, at most
 * {@value EngineRing#MAX_ONE_THREAD_BATCH} events per batch, and queues itself again when it left
 * events behind, so the loop's sockets are served between long bursts.
 */
final class LoopDrain implements Runnable, EventPoller.Handler<EngineEvent> {
    private static final long CLOSE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(10);
    private final RingBuffer<EngineEvent> ring;
    private final EventPoller<EngineEvent> poller;
    private final OneThreadStages stages;
    private final Executor executor;
    private final RingFailureLog failures;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Thread drainThread;
    private boolean draining;
    private int inBatch;

    LoopDrain(RingBuffer<EngineEvent> ring, OneThreadStages stages, Executor executor, RingFailureLog failures) {
        this.ring = ring;
        this.stages = stages;
        this.executor = executor;
        this.failures = failures;
        this.poller = ring.newPoller();
        ring.addGatingSequences(poller.getSequence());
    }

    /** Learns the executor's thread and starts the stages on it. */
    void start() {
        CountDownLatch started = new CountDownLatch(1);
        executor.execute(() -> {
            drainThread = Thread.currentThread();
            try {
                stages.onStart();
            } finally {
                started.countDown();
            }
        });
        try {
            if (!started.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the ring's drain executor did not run within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the ring's drain", e);
        }
    }

    boolean onDrainThread() {
        return Thread.currentThread() == drainThread;
    }

    /** Any producer, after publishing: makes sure a drain is queued. */
    void wake() {
        if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
            try {
                executor.execute(this);
            } catch (RejectedExecutionException stopped) {
                scheduled.set(false); // the executor is shutting down; close() drains what is left
            }
        }
    }

    /**
     * A slot for a producer running on the drain thread itself (the feed's socket reads). Never waits
     * for space, which only this thread can make: a full ring is drained here first.
     */
    long claimOnDrainThread() {
        while (true) {
            try {
                return ring.tryNext();
            } catch (InsufficientCapacityException full) {
                if (draining) {
                    throw new IllegalStateException("the ring is full and a stage publishes into it while it drains");
                }
                drainOnce();
            }
        }
    }

    @Override
    public void run() {
        scheduled.set(false);
        drainOnce();
        if (behind()) {
            wake();
        }
    }

    private boolean behind() {
        return poller.getSequence().get() < ring.getCursor();
    }

    private void drainOnce() {
        if (draining) {
            return;
        }
        draining = true;
        inBatch = 0;
        try {
            poller.poll(this);
        } catch (Exception e) {
            failures.handleEventException(e, poller.getSequence().get() + 1, null);
        } finally {
            draining = false;
        }
    }

    /** One event of the batch; a batch ends at the last published event or at the batch cap. */
    @Override
    public boolean onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        boolean last = endOfBatch || ++inBatch == EngineRing.MAX_ONE_THREAD_BATCH;
        try {
            stages.onEvent(event, sequence, last);
        } catch (Exception | LinkageError e) {
            failures.handleEventException(e, sequence, event); // reported and passed: a poison event must not stop the ring
        }
        return !last;
    }

    /** Waits (at most 10 s) until every published event has passed every stage, then stops the stages. */
    void close() {
        if (onDrainThread()) {
            while (behind()) {
                drainOnce();
            }
            stages.onShutdown();
            return;
        }
        long deadline = System.nanoTime() + CLOSE_WAIT_NANOS;
        while (behind() && System.nanoTime() < deadline) {
            wake();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        CountDownLatch stopped = new CountDownLatch(1);
        try {
            executor.execute(() -> {
                stages.onShutdown();
                stopped.countDown();
            });
            stopped.await(10, TimeUnit.SECONDS);
        } catch (RejectedExecutionException gone) {
            stages.onShutdown();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
