package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.GrokKind;
import com.fks.copilot.engine.event.SummaryOrigin;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.journal.disk.SmallDisk;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The input journal on a real disk that fills up: a 4 MiB tmpfs mounted on the journal's directory
 * ({@link SmallDisk}; skipped where mounting is not allowed). A full tmpfs faults Chronicle's mapped
 * file (SIGBUS, an InternalError) exactly as a full disk does, which an injected failure would not show.
 */
class InputJournalDiskFullTest {
    private static final long BEFORE = 1_000_000;
    private static final long DURING = 2_000_000;
    private static final long AFTER = 3_000_000;

    @Test
    void aFullDiskLeavesEventsUnjournaledAndTheNextAppendWithRoomWritesAgain(@TempDir Path dataDir) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(Journals.inputDir(dataDir), 4);
             InputJournal journal = new InputJournal(dataDir, new JournalHealth())) {
            JournalHealth health = journal.health();
            EngineEvent event = new EngineEvent();
            List<Long> acknowledged = new ArrayList<>();
            for (int i = 1; i <= 100; i++) {
                tick(event, BEFORE + i);
                journal.append(event);
                acknowledged.add(event.journalIndex);
            }
            assertFalse(health.failing());

            disk.fill();
            int appendedWhileFilling = 0;
            long sequence = DURING;
            do {
                tick(event, ++sequence);
                journal.append(event);
                appendedWhileFilling += event.journalIndex >= 0 ? 1 : 0; // the page in use still has room
            } while (event.journalIndex >= 0 && sequence < DURING + 100_000);
            assertEquals(-1, event.journalIndex, "an append the full disk refused leaves the event unjournaled");
            assertTrue(health.failing(), "the failure is reported");
            assertFalse(health.accepting(), "inputs are held back");
            tick(event, ++sequence);
            journal.append(event);
            assertEquals(-1, event.journalIndex, "still full, still refused");

            journal.checkRoom(0);
            assertFalse(health.accepting(), "no retry while the disk has no room");
            disk.makeRoom();
            journal.checkRoom(0);
            assertTrue(health.accepting(), "room again: the next input may try");
            tick(event, AFTER);
            journal.append(event);
            assertTrue(event.journalIndex >= 0, "journaled again");
            assertFalse(health.failing(), "and healthy");
            assertEquals(1, health.failures(), "one append failed: the next was refused without touching the full disk");
            assertEquals(2, health.refused(), "both refused inputs are counted");

            List<Long> read = sequences(journal);
            assertEquals(100 + appendedWhileFilling + 1, read.size(), "every journaled event is there, nothing else");
            for (int i = 1; i <= 100; i++) {
                assertEquals(BEFORE + i, read.get(i - 1), "what was journaled before the disk filled is intact");
            }
            assertEquals(AFTER, read.get(read.size() - 1));
            assertFalse(read.contains(sequence) || read.contains(sequence - 1), "no trace of a refused event");
            assertEquals(acknowledged.get(99) + 1 + appendedWhileFilling, journal.lastIndex(),
                    "indexes run on without a hole: a refused event left no half-written entry");
        }
    }

    /**
     * Where the fault lands (the document's body, its header, Chronicle's index) depends on how the entries
     * fall on the pages; entries of varied sizes over a few fill-ups reach more than one of those places.
     * Not tested, because it cannot be survived: a day's first append on a disk already full, where Chronicle
     * creates the day's file and its first write faults inside the JVM's own code, ending the process. The
     * app's reserve ({@code checkRoom}) stops the inputs long before that.
     */
    @Test
    void aDiskThatFillsAgainAndAgainNeverLeavesAHalfWrittenEntry(@TempDir Path dataDir) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(Journals.inputDir(dataDir), 4);
             InputJournal journal = new InputJournal(dataDir, new JournalHealth())) {
            EngineEvent event = new EngineEvent();
            List<Long> journaled = new ArrayList<>();
            long sequence = 0;
            for (; sequence < 10; journaled.add(sequence)) { // the day's file exists before the disk fills: see below
                varied(event, ++sequence);
                journal.append(event);
            }
            for (int round = 0; round < 5; round++) {
                disk.fill();
                do {
                    sequence++;
                    varied(event, sequence);
                    journal.append(event);
                    if (event.journalIndex >= 0) {
                        journaled.add(sequence);
                    }
                } while (event.journalIndex >= 0 && sequence < 1_000_000);
                assertTrue(journal.health().failing(), "round " + round + " filled the disk");
                disk.makeRoom();
                journal.checkRoom(0);
                varied(event, ++sequence);
                journal.append(event);
                assertTrue(event.journalIndex >= 0, "round " + round + ": written again after " + journal.health().lastError());
                journaled.add(sequence);
            }
            assertEquals(journaled, sequences(journal), "exactly the journaled events, whole, in order");
        }
    }

    /** A tick, or a co-pilot summary of a length that moves the next entry across the page. */
    private static void varied(EngineEvent event, long sequence) {
        if (sequence % 3 == 0) {
            event.setSummary(GrokKind.LIVE, SummaryOrigin.GROK, sequence, 1_764_000_000_000_000_000L, "x".repeat((int) (sequence % 700)));
            event.sourceSequence = sequence;
        } else {
            tick(event, sequence);
        }
    }

    private static void tick(EngineEvent event, long sequence) {
        event.setTick(Instruments.MGC, Prices.toFixed(5212.3), 1, 1_764_000_000_000_000_000L + sequence, sequence);
    }

    private static List<Long> sequences(InputJournal journal) {
        List<Long> sequences = new ArrayList<>();
        EngineEvent scratch = new EngineEvent();
        try (ExcerptTailer tailer = journal.queue().createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return sequences;
                    }
                    InputEventCodec.decode(dc.wire().bytes(), scratch);
                    sequences.add(scratch.sourceSequence);
                }
            }
        }
    }
}
