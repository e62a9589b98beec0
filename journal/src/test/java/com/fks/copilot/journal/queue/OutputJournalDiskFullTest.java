package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.journal.disk.SmallDisk;
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
 * The output journal on a real disk that fills up (a 4 MiB tmpfs, {@link SmallDisk}; skipped where mounting is
 * not allowed): a failed append must not throw into the engine halfway through an input, must not reach the
 * listeners (the dashboard), and must stop the inputs until the disk has room.
 */
class OutputJournalDiskFullTest {

    @Test
    void aFullDiskDropsTheDerivedEventQuietlyForTheEngineAndStopsTheInputs(@TempDir Path dataDir) throws Exception {
        JournalHealth health = new JournalHealth();
        try (SmallDisk disk = SmallDisk.mount(Journals.outputDir(dataDir), 4);
             OutputJournal journal = new OutputJournal(dataDir, health)) {
            List<Long> heard = new ArrayList<>();
            journal.addListener(event -> heard.add(event.sourceIndex));
            DerivedEvent event = new DerivedEvent();
            long source = 0;
            journal.emit(bar(event, ++source));
            disk.fill();
            while (!health.failing() && source < 100_000) {
                journal.emit(bar(event, ++source)); // no exception, whatever the disk does
            }
            long lost = source;
            assertTrue(health.failing(), "the failure is reported");
            assertFalse(health.accepting(), "and the inputs held back");
            assertEquals(1, health.derivedLost());
            assertFalse(heard.contains(lost), "the dashboard never hears what was not journaled");

            disk.makeRoom();
            health.room(disk.usableBytes(), 0, 1 << 20, System.currentTimeMillis()); // the app's room check, once a second
            journal.emit(bar(event, ++source));
            assertFalse(health.failing(), "written again; " + health.lastError() + " failures " + health.failures());
            assertEquals(source, heard.get(heard.size() - 1));
            assertEquals(heard.size(), JournalDigest.of(journal.queue()).messages(), "journaled is exactly what was heard");
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
