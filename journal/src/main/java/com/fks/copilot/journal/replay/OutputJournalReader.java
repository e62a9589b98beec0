package com.fks.copilot.journal.replay;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.journal.queue.OutputEventCodec;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

import java.util.function.Consumer;

/** Reads every derived event of an output journal, in order, into one reused {@link DerivedEvent}. */
public final class OutputJournalReader {
    private OutputJournalReader() {
    }

    public static long readAll(ChronicleQueue queue, Consumer<DerivedEvent> consumer) {
        DerivedEvent event = new DerivedEvent();
        long count = 0;
        try (ExcerptTailer tailer = queue.createTailer()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return count;
                    }
                    OutputEventCodec.decode(dc.wire().bytes(), event);
                }
                consumer.accept(event);
                count++;
            }
        }
    }
}
