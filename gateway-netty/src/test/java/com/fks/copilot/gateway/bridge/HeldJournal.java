package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.ring.EngineRing;
import com.lmax.disruptor.EventHandler;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A journal stage that holds every event until released, so a test can fill the ring and see it full. */
public final class HeldJournal implements EventHandler<EngineEvent> {
    private final CountDownLatch held = new CountDownLatch(1);
    private final AtomicInteger journaled = new AtomicInteger();

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) throws InterruptedException {
        held.await();
        journaled.incrementAndGet();
    }

    /** Lets the stage go, waits (up to 10 s) until it has journaled {@code expected} events, closes the ring; returns how many it journaled. */
    public int releaseAndClose(EngineRing ring, int expected) throws InterruptedException {
        held.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (journaled.get() < expected && System.nanoTime() < deadline) {
            Thread.sleep(5); // the stage works through what it holds before the ring is closed
        }
        ring.close();
        return journaled.get();
    }
}
