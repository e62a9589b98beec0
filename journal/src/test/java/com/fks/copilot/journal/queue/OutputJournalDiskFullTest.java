package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.journal.replay.JournalDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The output journal when an append fails (injected: a real full disk can end the test's JVM, see
 * {@code SmallDisk}): the failure must not throw into the engine halfway through an input, must not reach
 * the listeners (the dashboard), and must stop the inputs until the disk has room.
 */
class OutputJournalDiskFullTest {

    @Test
    void aFailedAppendIsDroppedQuietlyForTheEngineAndStopsTheInputs(@TempDir Path dataDir) {
        boolean[] full = new boolean[1];
        JournalHealth health = new JournalHealth();
        try (OutputJournal journal = new OutputJournal(dataDir, health, () -> {
            if (full[0]) {
                throw new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
            }
        })) {
            List<Long> heard = new ArrayList<>();
            journal.addListener(event -> heard.add(event.sourceIndex));
            DerivedEvent event = new DerivedEvent();
            journal.emit(bar(event, 1));

            full[0] = true;
            journal.emit(bar(event, 2)); // no exception
            assertTrue(health.failing(), "the failure is reported");
            assertFalse(health.accepting(), "and the inputs held back");
            journal.emit(bar(event, 3));
            assertEquals(2, health.derivedLost(), "both lost, the second without touching the disk");
            assertEquals(List.of(1L), heard, "the dashboard never hears what was not journaled");

            full[0] = false;
            health.room(1L << 30, 0, 1 << 20, System.currentTimeMillis()); // the app's room check, once a second
            journal.emit(bar(event, 4));
            assertFalse(health.failing(), "written again");
            assertEquals(List.of(1L, 4L), heard);
            assertEquals(2, JournalDigest.of(journal.queue()).messages(), "journaled is exactly what was heard");
        }
    }

    private static DerivedEvent bar(DerivedEvent event, long source) {
        event.clear();
        event.type = DerivedEvent.BAR_CLOSED;
        event.sourceIndex = source;
        event.instrument = 0;
        return event;
    }
}
