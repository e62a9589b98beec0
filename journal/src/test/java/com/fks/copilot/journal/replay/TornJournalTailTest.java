package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.InputJournal;
import com.fks.copilot.journal.queue.Journals;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An input entry whose header still says "being written" (the top bit of its length), as a {@code kill -9} inside an
 * append leaves it: readers stop before it and never read past it, and recovery applies exactly the whole events
 * before it and, once an event was appended after it, sees that the journal's last index lies beyond them (the
 * condition it logs at ERROR). Chronicle's next append overwrites an incomplete entry it meets at the store's write
 * position ("Incomplete header found ..., overwriting"), which is what a writer that died mid-append leaves; this test
 * marks an entry that was written whole, so the write position is already past it: the case that must not go silent.
 */
class TornJournalTailTest {
    private static final long NOT_COMPLETE = 0x8000_0000L;
    private static final long T0 = 1_795_000_000_000_000_000L; // 2026-11-19, any time will do

    @Test
    void readersAndRecoveryStopAtAnEntryCutOffMidAppendAndNeverReadPastIt(@TempDir Path dir) throws IOException {
        long torn;
        try (InputJournal input = new InputJournal(dir)) {
            for (int i = 0; i < 3; i++) {
                input.append(clockAt(T0 + i));
            }
            torn = input.lastIndex();
        }
        markBeingWritten(dir, torn);
        try (InputJournal input = new InputJournal(dir)) {
            input.append(clockAt(T0 + 10)); // the next run's first event lands after it
        }

        assertEquals(List.of(T0, T0 + 1), times(dir), "readers stop before the torn entry, never skip it to read on");
        try (EngineStateStore store = EngineStateStore.open(dir.resolve("engine"));
             InputJournal input = new InputJournal(dir)) {
            Engine engine = new Engine(store, event -> { });
            assertEquals(2, Recovery.catchUp(input, engine), "the whole events before it");
            assertTrue(engine.appliedIndex() < input.lastIndex(), "the journal ends beyond what recovery read: logged at ERROR");
        }
    }

    /** Sets the "not complete" bit of entry {@code index}'s header, as a writer that died inside it leaves it. */
    private static void markBeingWritten(Path dataDir, long index) throws IOException {
        long headerAt;
        try (SingleChronicleQueue queue = Journals.open(Journals.inputDir(dataDir));
             ExcerptTailer tailer = queue.createTailer()) {
            tailer.moveToIndex(index);
            try (DocumentContext dc = tailer.readingDocument()) {
                headerAt = dc.wire().bytes().readPosition() - 4;
            }
        }
        Path file;
        try (Stream<Path> files = Files.list(Journals.inputDir(dataDir))) {
            file = files.filter(f -> f.toString().endsWith(".cq4")).findFirst().orElseThrow();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(headerAt);
            int header = Integer.reverseBytes(raf.readInt()); // little-endian on disk
            raf.seek(headerAt);
            raf.writeInt(Integer.reverseBytes((int) (header | NOT_COMPLETE)));
        }
    }

    private static List<Long> times(Path dataDir) {
        List<Long> times = new ArrayList<>();
        try (SingleChronicleQueue queue = Journals.open(Journals.inputDir(dataDir))) {
            InputJournalReader.readAfter(queue, -1, event -> times.add(event.eventTimeNanos));
        }
        return times;
    }

    private static EngineEvent clockAt(long nanos) {
        EngineEvent event = new EngineEvent();
        event.setClock(nanos, nanos);
        return event;
    }
}
