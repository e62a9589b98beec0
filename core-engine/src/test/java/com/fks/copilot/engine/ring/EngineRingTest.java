package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.state.EngineStateStore;
import com.lmax.disruptor.EventHandler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static com.fks.copilot.engine.EngineFixture.et;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
    @ValueSource(strings = {"blocking", "yielding", "pinned"})
    void engineSeesEveryEventAfterTheJournalStageInRingOrder(String threading, @TempDir Path dir) throws Exception {
        List<Long> seenByPublisher = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(100);
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            Engine engine = new Engine(store, DerivedEventSink.DISCARD);
            EventHandler<EngineEvent> publisher = (event, sequence, endOfBatch) -> {
                seenByPublisher.add(event.journalIndex);
                done.countDown();
            };
            EngineRing ring = new EngineRing(1024, RingThreading.named(threading), new NumberingJournal(),
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
}
