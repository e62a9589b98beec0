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
        Map<String, Long> byType = new TreeMap<>();
        try (SingleChronicleQueue input = Journals.open(Journals.inputDir(recordedDataDir));
             EngineStateStore store = EngineStateStore.open(workDir);
             OutputJournal output = new OutputJournal(workDir)) {
            Engine engine = new Engine(store, output);
            InputJournalReader.readAfter(input, -1, event -> {
                byType.merge(EventType.name(event.type), 1L, Long::sum);
                engine.apply(event);
            });
            engine.endOfBatch();
            return ReplayReport.of(engine, byType, JournalDigest.of(output.queue()));
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
