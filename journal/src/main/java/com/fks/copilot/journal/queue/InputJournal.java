package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.lmax.disruptor.EventHandler;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.file.Path;

/**
 * The ring's first stage: appends every input event to the input journal (a Chronicle Queue)
 * and stamps it with its journal index, before the engine stage may see it (write-ahead).
 * The appender belongs to the ring thread that runs this stage; reading methods may be called
 * from any thread before the ring starts.
 */
public final class InputJournal implements EventHandler<EngineEvent>, AutoCloseable {
    private final SingleChronicleQueue queue;
    private final TradingDayClock tradingDay = new TradingDayClock();
    private ExcerptAppender appender;

    public InputJournal(Path dataDir) {
        this.queue = Journals.openForAppending(dataDir, Journals.inputDir(dataDir), tradingDay);
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        append(event);
    }

    /** Appends one event and sets its {@link EngineEvent#journalIndex}. Single thread. */
    public void append(EngineEvent event) {
        tradingDay.advanceTo(event.eventTimeNanos);
        if (appender == null) {
            appender = queue.createAppender();
        }
        try (DocumentContext dc = appender.writingDocument()) {
            InputEventCodec.encode(event, dc.wire().bytes());
        }
        event.journalIndex = appender.lastIndexAppended();
    }

    /** Index of the last journaled event, or -1 when the journal is empty. */
    public long lastIndex() {
        long last = queue.lastIndex();
        return last < 0 ? -1 : last;
    }

    /**
     * The source sequence of the newest journaled market-feed event (TICK or CLOCK), or 0 if none:
     * where a deterministic feed resumes after a restart.
     */
    public long lastFeedSequence() {
        return lastFeedSequenceAfter(-1);
    }

    /** As {@link #lastFeedSequence()}, among the events after index {@code afterIndex} only (0 when none of them is one). */
    public long lastFeedSequenceAfter(long afterIndex) {
        EngineEvent scratch = new EngineEvent();
        try (ExcerptTailer tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd()) {
            while (true) {
                try (DocumentContext dc = tailer.readingDocument()) {
                    if (!dc.isPresent() || dc.index() <= afterIndex) {
                        return 0;
                    }
                    InputEventCodec.decode(dc.wire().bytes(), scratch);
                    if (scratch.type == EventType.TICK || scratch.type == EventType.CLOCK) {
                        return scratch.sourceSequence;
                    }
                }
            }
        }
    }

    public SingleChronicleQueue queue() {
        return queue;
    }

    @Override
    public void close() {
        queue.close();
    }
}
