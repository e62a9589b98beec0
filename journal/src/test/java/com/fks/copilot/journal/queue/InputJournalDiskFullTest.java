package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.journal.disk.SmallDisk;
import com.fks.copilot.journal.replay.InputJournalReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The input journal when its disk runs out of room. Two ways, two kinds of test:
 * <ul>
 *   <li>the reserve, on a real small disk ({@link SmallDisk}, a tmpfs; skipped where mounting is not
 *       allowed): the inputs stop while the disk still has room, so no write ever faults;</li>
 *   <li>an append that fails anyway, injected (a fault thrown where the write would be): a real full disk
 *       cannot be the test here, since its SIGBUS can end the test's JVM ({@link SmallDisk} says how).</li>
 * </ul>
 */
class InputJournalDiskFullTest {
    private static final long FOUR_MIB = 4L << 20;

    @Test
    void underTheReserveTheInputsAreHeldWithoutTouchingTheDiskAndResumeWithRoom(@TempDir Path dataDir) throws Exception {
        try (SmallDisk disk = SmallDisk.mount(Journals.inputDir(dataDir), 16);
             InputJournal journal = new InputJournal(dataDir, new JournalHealth())) {
            JournalHealth health = journal.health();
            EngineEvent event = new EngineEvent();
            List<Long> journaled = appendTicks(journal, event, 1, 100);
            journal.checkRoom(FOUR_MIB);
            assertTrue(health.accepting(), "16 MiB free: over the reserve");

            disk.fillLeaving(2L << 20);
            journal.checkRoom(FOUR_MIB);
            assertTrue(health.failing(), "under the reserve: " + health.lastError());
            assertTrue(health.lastError().contains("MiB free on the journals' disk (reserve 4 MiB)"), health.lastError());
            tick(event, 101);
            journal.append(event);
            assertEquals(-1, event.journalIndex, "held");
            assertEquals(0, health.failures(), "no append was tried, so none failed");

            disk.makeRoom();
            journal.checkRoom(FOUR_MIB);
            assertFalse(health.failing(), "room again");
            journaled.addAll(appendTicks(journal, event, 102, 110));
            assertEquals(journaled, sequences(journal), "all journaled, the held one not");
        }
    }

    @Test
    void aFailedAppendLeavesTheEventUnjournaledAndTheNextWithRoomWritesAgain(@TempDir Path dataDir) {
        boolean[] full = new boolean[1];
        int[] writes = new int[1];
        JournalHealth health = new JournalHealth();
        try (InputJournal journal = new InputJournal(dataDir, health, () -> {
            writes[0]++;
            if (full[0]) {
                throw new InternalError("a fault occurred in a recent unsafe memory access operation in compiled Java code");
            }
        })) {
            EngineEvent event = new EngineEvent();
            List<Long> journaled = appendTicks(journal, event, 1, 100);

            full[0] = true;
            tick(event, 101);
            journal.append(event);
            assertEquals(-1, event.journalIndex, "not journaled");
            assertTrue(health.failing());
            assertFalse(health.accepting(), "inputs are held back");
            assertTrue(health.lastError().contains("InternalError"), health.lastError());
            int triedWhileFull = writes[0];
            tick(event, 102);
            journal.append(event);
            assertEquals(-1, event.journalIndex);
            assertEquals(triedWhileFull, writes[0], "while held, the disk is not touched");

            journal.checkRoom(0); // this disk has room: the next input may try
            assertTrue(health.accepting());
            tick(event, 103);
            journal.append(event);
            assertEquals(-1, event.journalIndex, "still failing: refused again");
            assertFalse(health.accepting(), "and held again, until the next check finds room");

            full[0] = false;
            journal.checkRoom(0);
            journaled.addAll(appendTicks(journal, event, 104, 110));
            assertFalse(health.failing(), "written again");
            assertEquals(2, health.failures());
            assertEquals(3, health.refused());
            assertEquals(journaled, sequences(journal), "exactly what was journaled, in order: no trace of the refused");
        }
    }

    private static List<Long> appendTicks(InputJournal journal, EngineEvent event, long from, long to) {
        List<Long> journaled = new ArrayList<>();
        for (long sequence = from; sequence <= to; sequence++) {
            tick(event, sequence);
            journal.append(event);
            assertTrue(event.journalIndex >= 0, "journaled " + sequence);
            journaled.add(sequence);
        }
        return journaled;
    }

    private static void tick(EngineEvent event, long sequence) {
        event.setTick(Instruments.MGC, Prices.toFixed(5212.3), 1, 1_764_000_000_000_000_000L + sequence, sequence);
    }

    private static List<Long> sequences(InputJournal journal) {
        List<Long> sequences = new ArrayList<>();
        InputJournalReader.readAfter(journal.queue(), -1, event -> sequences.add(event.sourceSequence));
        return sequences;
    }
}
