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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RingRequestsTest {

    @Test
    void aRequestMeetingAFullRingFailsAtOnceAndPublishesNothing(@TempDir Path dir) throws Exception {
        HeldJournal heldJournal = new HeldJournal();
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            RingRequests requests = new RingRequests();
            EngineRing ring = new EngineRing(8, RingThreading.blocking().with(RingTopology.STAGES), null, heldJournal,
                    new EngineHandler(new Engine(store, DerivedEventSink.DISCARD)), List.of(requests)).start();
            requests.attach(ring);
            for (int i = 0; i < 8; i++) {
                requests.submitOrRefuse(event -> event.type = EventType.RISK_CHECK);
            }
            CompletableFuture<EngineAnswer> refused = requests.submitOrRefuse(event -> event.type = EventType.RISK_CHECK);
            assertTrue(refused.isCompletedExceptionally(), "answered at once, not after the ring makes room");
            ExecutionException failure = assertThrows(ExecutionException.class, refused::get);
            assertInstanceOf(RingRequests.RingFull.class, failure.getCause());
            assertEquals(8, heldJournal.releaseAndClose(ring, 8), "the refused request never entered the ring");
        }
    }

    /** The journal stage could not write the second request (a full disk, stood in for): it is answered with a refusal, not a verdict. */
    @Test
    void aRequestTheJournalCouldNotTakeIsRefusedNotAnswered(@TempDir Path dir) throws Exception {
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            RingRequests requests = new RingRequests();
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> fullDiskOnSecond = (event, sequence, endOfBatch) -> event.journalIndex = sequence == 1 ? -1 : sequence + 1;
            EngineRing ring = new EngineRing(8, RingThreading.blocking().with(RingTopology.ONE_THREAD), null, fullDiskOnSecond,
                    new EngineHandler(engine), List.of(requests)).start();
            requests.attach(ring);
            CompletableFuture<EngineAnswer> first = requests.submitOrRefuse(event -> event.type = EventType.AUDIT_NOTE);
            CompletableFuture<EngineAnswer> second = requests.submitOrRefuse(event -> event.type = EventType.AUDIT_NOTE);

            assertEquals(1, first.get(5, TimeUnit.SECONDS).journalIndex());
            ExecutionException failure = assertThrows(ExecutionException.class, () -> second.get(5, TimeUnit.SECONDS));
            assertInstanceOf(RingRequests.NotJournaled.class, failure.getCause());
            ring.close();
            assertEquals(1, engine.eventsProcessed(), "the engine applied the journaled one only");
        }
    }
}
