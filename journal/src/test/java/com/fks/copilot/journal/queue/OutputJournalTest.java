package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.journal.replay.JournalDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputJournalTest {

    private static DerivedEvent bar(long source, int ordinal) {
        DerivedEvent event = new DerivedEvent();
        event.clear();
        event.type = DerivedEvent.BAR_CLOSED;
        event.sourceIndex = source;
        event.ordinal = ordinal;
        event.instrument = 0;
        return event;
    }

    @Test
    void shouldDropEventsARecoveringEngineDerivesAgain(@TempDir Path dir) {
        try (OutputJournal journal = new OutputJournal(dir)) {
            journal.emit(bar(10, 0));
            journal.emit(bar(10, 1));
        }
        try (OutputJournal reopened = new OutputJournal(dir)) {
            reopened.emit(bar(10, 0));
            reopened.emit(bar(10, 1));
            reopened.emit(bar(12, 0));
            assertEquals(3, JournalDigest.of(reopened.queue()).messages());
        }
    }

    @Test
    void theEngineThreadTakesTheAppenderOverFromRecovery(@TempDir Path dir) throws Exception {
        try (OutputJournal journal = new OutputJournal(dir)) {
            journal.emit(bar(10, 0)); // recovery, on the starting thread
            journal.handOver();
            Thread engine = new Thread(() -> journal.emit(bar(11, 0)), "engine");
            java.util.concurrent.atomic.AtomicReference<Throwable> failure = new java.util.concurrent.atomic.AtomicReference<>();
            engine.setUncaughtExceptionHandler((thread, e) -> failure.set(e));
            engine.start();
            engine.join();

            assertEquals(null, failure.get());
            assertEquals(2, JournalDigest.of(journal.queue()).messages());
        }
    }
}
