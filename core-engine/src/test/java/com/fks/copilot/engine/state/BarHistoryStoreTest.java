package com.fks.copilot.engine.state;

import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Closed bars persisted one slot per bar close, read back whole after a restart. */
class BarHistoryStoreTest {
    private static final long OPEN = 1_795_000_000_000_000_000L;

    @Test
    void barsWrittenOnePerCloseReadBackAfterReopenAcrossTheRingWrap(@TempDir Path dir) {
        BarHistory written = history();
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            MinuteBar bar = new MinuteBar();
            // 700 closes into a ring of 600: the first 100 slots are overwritten
            for (int i = 0; i < 700; i++) {
                bar.start(OPEN + i * MinuteBar.NANOS, Prices.toFixed(5212.3 + i * 0.1), 3);
                written.append(bar);
                written.appliedIndex = 1_000 + i;
                store.writeOneMinuteBars(written);
            }
        }
        BarHistory read = history();
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            assertTrue(store.readOneMinuteBars(Instruments.MGC, read));
        }
        assertEquals(700, read.count);
        assertEquals(1_699, read.appliedIndex);
        assertEquals(digest(written), digest(read));
        assertEquals(OPEN + 100 * MinuteBar.NANOS, read.oldestFirst(0).startNanos, "oldest held is bar 100");
        assertEquals(Prices.toFixed(5212.3 + 699 * 0.1), read.ago(0).close, "gold's close as quoted, unscaled");
    }

    @Test
    void anInstrumentWithNoClosedBarReadsAsNone(@TempDir Path dir) {
        try (EngineStateStore store = EngineStateStore.open(dir)) {
            assertFalse(store.readOneMinuteBars(Instruments.MNQ, new BarHistory(EngineStateStore.ONE_MINUTE_BARS)));
        }
    }

    private static BarHistory history() {
        BarHistory history = new BarHistory(EngineStateStore.ONE_MINUTE_BARS);
        history.instrument = Instruments.MGC;
        return history;
    }

    private static long digest(BarHistory history) {
        StateDigest digest = new StateDigest();
        history.digestInto(digest);
        return digest.value();
    }
}
