package com.fks.copilot.engine.ring;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalHealthTest {
    private static final long MIB = 1L << 20;
    private static final long RESERVE = 64 * MIB;

    @Test
    void theInputsStopUnderTheReserveAndResumeOverIt() {
        JournalHealth health = new JournalHealth();
        health.room(100 * MIB, RESERVE, MIB, 1_000);
        assertTrue(health.accepting());
        health.room(10 * MIB, RESERVE, MIB, 2_000);
        assertFalse(health.accepting());
        assertEquals(2_000, health.failingSinceMillis());
        assertEquals("only 10 MiB free on the journals' disk (reserve 64 MiB)", health.lastError());
        health.room(100 * MIB, RESERVE, MIB, 3_000);
        assertTrue(health.accepting());
        assertEquals(0, health.failingSinceMillis());
        assertEquals(0, health.failures(), "no append failed");
    }

    @Test
    void aFailedAppendIsRetriedOnlyOnceTheDiskHasRoomAndEndsWithTheAppendThatWorks() {
        JournalHealth health = new JournalHealth();
        health.appendFailed(new InternalError("SIGBUS"), 1_000);
        assertFalse(health.accepting());
        health.room(0, 0, MIB, 2_000);
        assertFalse(health.accepting(), "still full: no input is spent on a retry");
        health.room(10 * MIB, 0, MIB, 3_000);
        assertTrue(health.accepting(), "room: the next input tries");
        assertTrue(health.failing(), "but it is not over until an append works");
        health.appended();
        assertFalse(health.failing());
        assertEquals("java.lang.InternalError: SIGBUS", health.lastError(), "kept for the record");
    }

    @Test
    void bothJournalsMustWriteAgainBeforeTheInputsResume() {
        JournalHealth health = new JournalHealth();
        health.appendFailed(new InternalError("input"), 1_000);
        health.outputAppendFailed(new InternalError("output"), 1_100);
        assertEquals(1_000, health.failingSinceMillis(), "since the first of them");
        assertTrue(health.outputHeld());
        health.room(10 * MIB, 0, MIB, 2_000);
        assertFalse(health.outputHeld(), "a retry for the output journal too");
        health.appended();
        assertTrue(health.failing(), "the output journal has not written yet");
        health.outputAppended();
        assertFalse(health.failing());
        assertEquals(2, health.failures());
        assertEquals(1, health.derivedLost());
    }
}
