package com.fks.copilot.journal.queue;

import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Path;

/** Where the journals live under the data directory, and how they are opened. */
public final class Journals {
    private Journals() {
    }

    public static Path inputDir(Path dataDir) {
        return dataDir.resolve("journal").resolve("input");
    }

    public static Path outputDir(Path dataDir) {
        return dataDir.resolve("journal").resolve("output");
    }

    public static SingleChronicleQueue open(Path dir) {
        return ChronicleQueue.singleBuilder(dir).build();
    }
}
