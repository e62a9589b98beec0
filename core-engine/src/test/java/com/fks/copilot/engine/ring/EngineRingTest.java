package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.EventHandler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static com.fks.copilot.engine.EngineFixture.et;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineRingTest {

    /** Stands in for the input journal: numbers events in ring order, as the real one does with queue indexes. */
    private static final class NumberingJournal implements EventHandler<EngineEvent> {
        private long next;

        @Override
        public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
            event.journalIndex = next++;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"blocking", "yielding", "pinned", "blocking/one-thread", "blocking/stages", "yielding/one-thread"})
    void engineSeesEveryEventAfterTheJournalStageInRingOrder(String threading, @TempDir Path dir) throws Exception {
        List<Long> seenByPublisher = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> publisher = (event, sequence, endOfBatch) -> {
                seenByPublisher.add(event.journalIndex);
                done.countDown();
            };
            EngineRing ring = new EngineRing(1024, threading(threading), new NumberingJournal(),
                    new EngineHandler(engine), publisher).start();
            long start = et("2026-11-24T09:30:00");
            for (int i = 0; i < 100; i++) {
                ring.tick(Instruments.MES, Prices.toFixed(6050.0 + i * 0.25), 1, start + i * 1_000_000L, i + 1);
            }
            assertTrue(done.await(10, TimeUnit.SECONDS));
            ring.close();
            assertEquals(100, engine.market(Instruments.MES).volume);
            for (int i = 0; i < 100; i++) {
                assertEquals(i, seenByPublisher.get(i), "journal index in ring order");
            }
        }
    }

    /**
     * What the input journal does on a full disk, stood in for: events 40 to 59 of the ring are left unjournaled
     * (index -1). The real journal on a real full disk is InputJournalDiskFullTest's and DiskFullIT's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"blocking/one-thread", "blocking/stages"})
    void anEventTheJournalCouldNotTakeIsNeverApplied(String threading, @TempDir Path dir) throws Exception {
        List<Long> seenByPublisher = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        RingStats stats = new RingStats();
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> fullDisk = new EventHandler<>() {
                private long next;

                @Override
                public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
                    event.journalIndex = sequence >= 40 && sequence < 60 ? -1 : next++;
                }
            };
            EventHandler<EngineEvent> publisher = (event, sequence, endOfBatch) -> {
                seenByPublisher.add(event.journalIndex);
                done.countDown();
            };
            EngineRing ring = new EngineRing(1024, threading(threading), fullDisk, new EngineHandler(engine, stats), publisher).start();
            publishTicks(ring, 100);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            ring.close();
            assertEquals(80, engine.market(Instruments.MES).volume, "the 20 unjournaled ticks changed nothing");
            assertEquals(80, stats.events(EventType.TICK), "nor were they counted as applied");
            assertEquals(79, engine.appliedIndex());
            assertEquals(20, seenByPublisher.stream().filter(index -> index < 0).count(), "a publisher can tell them apart");
            assertEquals(0, ring.failures(), "a full disk is not a ring failure");
        }
    }

    @Test
    void oneThreadRunsEveryStageOnTheSameThread(@TempDir Path dir) throws Exception {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(50);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> journal = new NumberingJournal();
            EventHandler<EngineEvent> journalOnThread = (event, sequence, endOfBatch) -> {
                threads.add("journal:" + Thread.currentThread().getName());
                journal.onEvent(event, sequence, endOfBatch);
            };
            EventHandler<EngineEvent> publisher = (event, sequence, endOfBatch) -> {
                threads.add("publisher:" + Thread.currentThread().getName());
                done.countDown();
            };
            EngineRing ring = new EngineRing(1024, RingThreading.blocking().with(RingTopology.ONE_THREAD), journalOnThread,
                    new EngineHandler(engine), publisher).start();
            publishTicks(ring, 50);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            ring.close();
        }
        assertEquals(Set.of("journal:ring-1", "publisher:ring-1"), threads);
    }

    @Test
    void oneThreadPublishesOnlyWhatTheEngineHasCommitted(@TempDir Path dir) throws Exception {
        List<String> stale = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(200);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EngineStatus committed = new EngineStatus();
            EventHandler<EngineEvent> publisher = (event, sequence, endOfBatch) -> {
                store.readStatus(committed); // what a reader of the maps sees
                if (committed.appliedIndex < event.journalIndex) {
                    stale.add(event.journalIndex + " shown before commit " + committed.appliedIndex);
                }
                done.countDown();
            };
            EngineRing ring = new EngineRing(1024, RingThreading.blocking().with(RingTopology.ONE_THREAD), new NumberingJournal(),
                    new EngineHandler(engine), publisher).start();
            publishTicks(ring, 200);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            ring.close();
        }
        assertEquals(List.of(), stale);
    }

    @Test
    void tryNextOnAFullRingAnswersMinusOneAtOnceAndClaimsAgainOnceItDrains(@TempDir Path dir) throws Exception {
        CountDownLatch journalHeld = new CountDownLatch(1);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> stuckJournal = (event, sequence, endOfBatch) -> journalHeld.await();
            EngineRing ring = new EngineRing(8, RingThreading.blocking().with(RingTopology.STAGES), stuckJournal,
                    new EngineHandler(engine)).start();
            for (int i = 0; i < 8; i++) {
                ring.publish(ring.tryNext());
            }
            long started = System.nanoTime();
            assertEquals(-1, ring.tryNext(), "8 slots, all taken while the journal stage is held");
            assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(1), "answered without waiting for room");
            journalHeld.countDown();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            long claimed = -1;
            while (claimed < 0 && System.nanoTime() < deadline) {
                claimed = ring.tryNext();
            }
            assertEquals(8, claimed, "the ninth slot, once the stages moved on");
            ring.publish(claimed);
            ring.close();
        }
    }

    @Test
    void oneThreadKeepsPublishingWhenAPublisherThrows(@TempDir Path dir) throws Exception {
        CountDownLatch done = new CountDownLatch(20);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> broken = (event, sequence, endOfBatch) -> {
                throw new IllegalStateException("a view that fails");
            };
            EventHandler<EngineEvent> healthy = (event, sequence, endOfBatch) -> done.countDown();
            EngineRing ring = new EngineRing(1024, RingThreading.blocking().with(RingTopology.ONE_THREAD), new NumberingJournal(),
                    new EngineHandler(engine), broken, healthy).start();
            publishTicks(ring, 20);
            assertTrue(done.await(10, TimeUnit.SECONDS), "the healthy publisher saw every event");
            assertEquals(20, ring.failures(), "each failure reported");
            ring.close();
        }
    }

    @Test
    void loopDrainRunsEveryStageOnTheExecutorsThreadInRingOrder(@TempDir Path dir) throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor(r -> new Thread(r, "io-loop"));
        List<String> seen = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> publisher = (event, sequence, endOfBatch) -> {
                seen.add(Thread.currentThread().getName() + " " + event.journalIndex);
                done.countDown();
            };
            EngineRing ring = new EngineRing(1024, RingThreading.blocking().with(RingTopology.ONE_THREAD), loop,
                    new NumberingJournal(), new EngineHandler(engine), List.of(publisher)).start();
            publishTicks(ring, 100);
            assertTrue(done.await(10, TimeUnit.SECONDS));
            ring.close();
            assertEquals(100, engine.market(Instruments.MES).volume);
        } finally {
            loop.shutdownNow();
        }
        for (int i = 0; i < 100; i++) {
            assertEquals("io-loop " + i, seen.get(i));
        }
    }

    @Test
    void aProducerOnTheDrainThreadDrainsAFullRingInsteadOfWaitingForItself(@TempDir Path dir) throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor();
        CountDownLatch done = new CountDownLatch(1_000);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> publisher = (event, sequence, endOfBatch) -> done.countDown();
            EngineRing ring = new EngineRing(16, RingThreading.blocking().with(RingTopology.ONE_THREAD), loop,
                    new NumberingJournal(), new EngineHandler(engine), List.of(publisher)).start();
            loop.submit(() -> publishTicks(ring, 1_000)).get(10, TimeUnit.SECONDS); // 1,000 trades into 16 slots, from the loop
            assertTrue(done.await(10, TimeUnit.SECONDS));
            ring.close();
            assertEquals(1_000, engine.market(Instruments.MES).volume);
        } finally {
            loop.shutdownNow();
        }
    }

    @Test
    void closingALoopDrainedRingAppliesEverythingPublished(@TempDir Path dir) throws Exception {
        ExecutorService loop = Executors.newSingleThreadExecutor();
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EngineRing ring = new EngineRing(64, RingThreading.blocking().with(RingTopology.ONE_THREAD), loop,
                    new NumberingJournal(), new EngineHandler(engine), List.of()).start();
            publishTicks(ring, 500);
            ring.close();
            assertEquals(500, engine.market(Instruments.MES).volume);
        } finally {
            loop.shutdownNow();
        }
    }

    @Test
    void smallMachinesRunOneThreadThatBlocks() {
        RingThreading two = RingThreading.forMachine(2);
        assertEquals(RingTopology.ONE_THREAD, two.topology());
        assertInstanceOf(BlockingWaitStrategy.class, two.waitStrategy());
        assertEquals(RingTopology.STAGES, RingThreading.forMachine(4).topology());
    }

    private static RingThreading threading(String choice) {
        String[] parts = choice.split("/");
        RingThreading threading = RingThreading.named(parts[0]);
        return parts.length == 1 ? threading : threading.with(RingTopology.named(parts[1]));
    }

    private static void publishTicks(EngineRing ring, int count) {
        long start = et("2026-11-24T09:30:00");
        for (int i = 0; i < count; i++) {
            ring.tick(Instruments.MES, Prices.toFixed(6050.0 + i * 0.25), 1, start + i * 1_000_000L, i + 1);
        }
    }
}
