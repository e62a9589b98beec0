package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.ring.EngineHandler;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.engine.ring.RingThreading;
import com.fks.copilot.engine.ring.RingTopology;
import com.fks.copilot.engine.state.EngineStateStore;
import com.lmax.disruptor.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RingRequestsTest {

    @Test
    void aRequestMeetingAFullRingFailsAtOnceAndPublishesNothing(@TempDir Path dir) throws Exception {
        CountDownLatch journalHeld = new CountDownLatch(1);
        AtomicInteger journaled = new AtomicInteger();
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            EventHandler<EngineEvent> heldJournal = (event, sequence, endOfBatch) -> {
                journalHeld.await();
                journaled.incrementAndGet();
            };
            RingRequests requests = new RingRequests();
            EngineRing ring = new EngineRing(8, RingThreading.blocking().with(RingTopology.STAGES), null, heldJournal,
                    new EngineHandler(new Engine(store, DerivedEventSink.DISCARD)), List.of(requests)).start();
            requests.attach(ring);
            for (int i = 0; i < 8; i++) {
                requests.submitOrRefuse(event -> event.type = EventType.RISK_CHECK);
            }
            long started = System.nanoTime();
            CompletableFuture<EngineAnswer> refused = requests.submitOrRefuse(event -> event.type = EventType.RISK_CHECK);
            assertTrue(refused.isCompletedExceptionally(), "answered at once, not after the ring makes room");
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1));
            ExecutionException failure = assertThrows(ExecutionException.class, refused::get);
            assertInstanceOf(RingRequests.RingFull.class, failure.getCause());
            journalHeld.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (journaled.get() < 8 && System.nanoTime() < deadline) {
                Thread.sleep(5); // the stage works through the eight it holds before the ring is closed
            }
            ring.close();
            assertEquals(8, journaled.get(), "the refused request never entered the ring");
        }
    }
}
