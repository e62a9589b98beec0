package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The output journal: every derived event, once. On open it reads the identity
 * ({@code sourceIndex}, {@code ordinal}) of the last event it holds; events a recovering engine
 * derives again up to that point are dropped, so a restart after {@code kill -9} neither loses nor
 * repeats output. Listeners (the gateway) hear each event after it is journaled.
 * Called on the engine thread only (recovery's thread before it: see {@link #handOver()}).
 */
public final class OutputJournal implements DerivedEventSink, AutoCloseable {
    private final SingleChronicleQueue queue;
    private final List<DerivedEventSink> listeners = new CopyOnWriteArrayList<>();
    private ExcerptAppender appender;
    private long lastSource = -1;
    private int lastOrdinal = -1;

    private final TradingDayClock tradingDay = new TradingDayClock();

    public OutputJournal(Path dataDir) {
        this.queue = Journals.openForAppending(dataDir, Journals.outputDir(dataDir), tradingDay);
        readLastIdentity();
    }

    private void readLastIdentity() {
        DerivedEvent last = new DerivedEvent();
        try (ExcerptTailer tailer = queue.createTailer().direction(TailerDirection.BACKWARD).toEnd();
             DocumentContext dc = tailer.readingDocument()) {
            if (dc.isPresent()) {
                OutputEventCodec.decode(dc.wire().bytes(), last);
                lastSource = last.sourceIndex;
                lastOrdinal = last.ordinal;
            }
        }
    }

    public void addListener(DerivedEventSink listener) {
        listeners.add(listener);
    }

    @Override
    public void emit(DerivedEvent event) {
        if (event.sourceIndex < lastSource || (event.sourceIndex == lastSource && event.ordinal <= lastOrdinal)) {
            return; // already journaled before a restart
        }
        tradingDay.advanceTo(event.timeNanos);
        if (appender == null) {
            appender = queue.createAppender();
        }
        try (DocumentContext dc = appender.writingDocument()) {
            OutputEventCodec.encode(event, dc.wire().bytes());
        }
        lastSource = event.sourceIndex;
        lastOrdinal = event.ordinal;
        for (DerivedEventSink listener : listeners) {
            listener.emit(event);
        }
    }

    /**
     * Hands the appender to the next thread that emits: recovery derives on the starting thread, the
     * ring's engine thread takes over after it, and a Chronicle appender refuses a second thread
     * unless told. Call between the two, never while either emits.
     */
    public void handOver() {
        if (appender != null) {
            appender.singleThreadedCheckReset();
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
