package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.Engine;
import com.fks.copilot.engine.state.EngineStateStore;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.queue.OutputJournal;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A {@code kill -9} inside {@link Engine#endOfBatch()}, replayed from a recorded input journal. */
final class TornCommit {
    private TornCommit() {
    }

    /**
     * Copies {@code recorded}'s input journal into {@code dataDir}, applies it in batches of {@code batch} events
     * and dies in batch {@code crashBatch} just before its status write: every map of the batch written, the status
     * still the previous batch's. Returns gold's applied index as written in that batch.
     */
    static long killedBeforeStatusWrite(Path recorded, Path dataDir, int batch, int crashBatch) {
        copyInputJournal(recorded, dataDir);
        try (EngineStateStore store = EngineStateStore.open(dataDir);
             SingleChronicleQueue input = Journals.open(Journals.inputDir(dataDir));
             OutputJournal output = new OutputJournal(dataDir)) {
            Engine engine = new Engine(store, output);
            EngineStatus landed = new EngineStatus();
            long[] applied = {0};
            InputJournalReader.readAfter(input, -1, event -> {
                long n = applied[0]++;
                if (n >= (long) (crashBatch + 1) * batch) {
                    return;
                }
                engine.apply(event);
                if ((n + 1) % batch == 0) {
                    boolean crashing = (n + 1) / batch == crashBatch + 1;
                    store.readStatus(landed);
                    engine.endOfBatch();
                    if (crashing) {
                        store.writeStatus(landed); // the status on disk is still the previous batch's
                    }
                }
            });
            return engine.market(0).appliedIndex;
        }
    }

    static void copyInputJournal(Path recorded, Path dataDir) {
        Path from = Journals.inputDir(recorded);
        Path to = Journals.inputDir(dataDir);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
