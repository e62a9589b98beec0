package com.fks.copilot.gateway;

import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.replay.InputJournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SIGTERM, as a service manager or Ctrl-C sends it: out within 5 s, everything journaled applied, a quiet next start. */
class CleanShutdownIT {
    private static final List<String> DEMO = List.of("--port", "0", "--history-days", "0", "--speed", "60");

    @Test
    void sigtermStopsWithinFiveSecondsAndTheNextStartNeedsNoRecovery(@TempDir Path dir) throws Exception {
        Process first = ChildCopilot.demo(dir, DEMO);
        ChildCopilot.awaitReady(first);
        Thread.sleep(2_000); // a couple of demo minutes journaled
        first.destroy(); // SIGTERM
        assertTrue(first.waitFor(5, TimeUnit.SECONDS), "still running 5 s after SIGTERM");

        try (EngineStateStore state = EngineStateStore.open(dir); InputJournal input = new InputJournal(dir)) {
            assertFalse(state.recoveredAfterCrash(), "the maps were closed");
            EngineStatus status = new EngineStatus();
            state.readStatus(status);
            assertTrue(status.appliedIndex > 0, "the demo ran");
            List<String> after = new java.util.ArrayList<>();
            InputJournalReader.readAfter(input.queue(), status.appliedIndex, e -> after.add(EventType.name(e.type)));
            assertEquals(List.of(), after, "every journaled event was applied before the exit");
        }

        Process second = ChildCopilot.demo(dir, DEMO);
        try {
            String log = ChildCopilot.outputUntilReady(second);
            assertFalse(log.contains("Recovery operation") || log.contains("recovery as a standard way"),
                    "no Chronicle Map recovery warnings after a clean stop:\n" + log);
            assertTrue(log.contains("state as the last run left it; 0 events re-applied"), log);
        } finally {
            second.destroy();
            second.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
