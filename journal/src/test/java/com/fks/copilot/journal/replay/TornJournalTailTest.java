package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.event.EngineEvent;
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

/**
 * What Chronicle Queue does with an input event a {@code kill -9} cut off mid-append: its header still says "being
 * written" (the top bit of its length). Readers stop before it, and the next append takes its place, so the events
 * after a restart follow the last whole one: nothing in the middle of the journal is skipped. (The torn event was never
 * acknowledged: an input is answered only after its append returned.)
 */
class TornJournalTailTest {
    private static final long NOT_COMPLETE = 0x8000_0000L;
    private static final long T0 = 1_795_000_000_000_000_000L; // 2026-11-17, any time will do

    @Test
    void anEntryCutOffMidAppendIsNeverReadAndTheNextAppendTakesItsPlace(@TempDir Path dir) throws IOException {
        long torn;
        try (InputJournal input = new InputJournal(dir)) {
            for (int i = 0; i < 3; i++) {
                input.append(clockAt(T0 + i));
            }
            torn = input.lastIndex();
        }
        markBeingWritten(dir, torn);

        try (InputJournal input = new InputJournal(dir)) {
            assertEquals(List.of(T0, T0 + 1), times(dir), "readers stop before the torn entry");
            long started = System.nanoTime();
            input.append(clockAt(T0 + 10));
            System.out.printf("torn tail: lastIndex %d (torn entry %d); the next append took %.1f ms%n", input.lastIndex(), torn,
                    (System.nanoTime() - started) / 1e6);
        }
        assertEquals(List.of(T0, T0 + 1, T0 + 10), times(dir), "the next event follows the last whole one");
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
