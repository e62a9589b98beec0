package com.fks.copilot.journal.replay;

import java.util.Arrays;
import net.openhft.chronicle.queue.TailerDirection;
import com.fks.copilot.engine.market.Prices;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.journal.queue.InputEventCodec;
import net.openhft.chronicle.queue.ChronicleQueue;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.wire.DocumentContext;

import java.util.function.Consumer;

/** Reads input-journal events in journal order into one reused {@link EngineEvent}. */
public final class InputJournalReader {
    private InputJournalReader() {
    }

    /**
     * Decodes every event with index greater than {@code afterIndex} (-1 for all) and hands it,
     * with {@link EngineEvent#journalIndex} set, to {@code consumer}. Returns how many were read.
     */
    public static long readAfter(ChronicleQueue queue, long afterIndex, Consumer<EngineEvent> consumer) {
        return readBetween(queue, afterIndex, Long.MAX_VALUE, consumer);
    }

    /** As {@link #readAfter}, stopping before the first event whose index is {@code endIndex} or more. */
    public static long readBetween(ChronicleQueue queue, long afterIndex, long endIndex, Consumer<EngineEvent> consumer) {
        EngineEvent event = new EngineEvent();
        long count = 0;
        try (ExcerptTailer tailer = queue.createTailer()) {
            if (afterIndex >= 0) {
                if (tailer.moveToIndex(afterIndex)) {
                    skipOne(tailer);
                } else {
                    tailer.toStart(); // no such index (e.g. just before a day's first): a failed move leaves the tailer nowhere
                }
            }
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        return count;
                    }
                    if (dc.index() <= afterIndex) {
                        continue;
                    }
                    if (dc.index() >= endIndex) {
                        return count;
                    }
                    InputEventCodec.decode(dc.wire().bytes(), event);
                    event.journalIndex = dc.index();
                }
                consumer.accept(event);
                count++;
            }
        }
    }

    /** Each instrument's last journaled trade price (fixed point), {@code Prices.NONE} for one that never traded. */
    public static long[] lastPrices(ChronicleQueue queue, int instruments) {
        long[] last = new long[instruments];
        Arrays.fill(last, Prices.NONE);
        int missing = instruments;
        EngineEvent event = new EngineEvent();
        try (ExcerptTailer tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd()) {
            while (missing > 0) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent()) {
                        break;
                    }
                    InputEventCodec.decode(dc.wire().bytes(), event);
                }
                if (event.type == EventType.TICK && event.instrument < instruments
                        && last[event.instrument] == Prices.NONE) {
                    last[event.instrument] = event.price;
                    missing--;
                }
            }
        }
        return last;
    }

    private static void skipOne(ExcerptTailer tailer) {
        try (DocumentContext dc = tailer.readingDocument()) {
            // positioned at afterIndex itself, which is already applied
        }
    }
}
