package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.queue.OutputJournal;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Feeds a recorded input journal into a fresh engine whose state and output journal live in
 * {@code workDir}, and reports the result. The same journal always gives the same report.
 */
public final class Replay {
    private Replay() {
    }

    /** @param recordedDataDir a data directory holding {@code journal/input} */
    public static ReplayReport run(Path recordedDataDir, Path workDir) {
        requireEmpty(workDir);
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recordedDataDir))) {
            return replay(input, workDir, -1, Long.MAX_VALUE);
        }
    }

    /**
     * One trading day of a journal kept by trading day: the days before it are applied first (they are how the
     * engine came to that morning: bars, ATR, the plan), then the day; the report counts the day's events alone.
     */
    public static ReplayReport runDay(Path recordedDataDir, Path workDir, LocalDate day) {
        RecordedDay recorded = RecordedDay.of(recordedDataDir, day);
        requireEmpty(workDir);
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recordedDataDir))) {
            return replay(input, workDir, recorded.firstIndex(), recorded.endIndex());
        }
    }

    /** Applies every event before {@code endIndex}; those from {@code countFrom} on are the report's. */
    private static ReplayReport replay(SingleChronicleQueue input, Path workDir, long countFrom, long endIndex) {
        Map<String, Long> byType = new TreeMap<>();
        long[] counted = {0};
        try (EngineStateStore store = EngineStateStore.open(workDir);
             OutputJournal output = new OutputJournal(workDir)) {
            Engine engine = new Engine(store, output);
            InputJournalReader.readBetween(input, -1, endIndex, event -> {
                if (event.journalIndex >= countFrom) {
                    byType.merge(EventType.name(event.type), 1L, Long::sum);
                    counted[0]++;
                }
                engine.apply(event);
            });
            engine.endOfBatch();
            ReplayReport whole = ReplayReport.of(engine, byType, JournalDigest.of(output.queue()));
            return countFrom < 0 ? whole : new ReplayReport(counted[0], byType, whole.instruments(), whole.stateDigest(),
                    whole.output());
        }
    }

    private static void requireEmpty(Path workDir) {
        try {
            if (Files.isDirectory(workDir)) {
                try (var entries = Files.list(workDir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("replay needs an empty work directory: " + workDir);
                    }
                }
            }
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
