package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.ring.JournalHealth;
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
 *
 * <p>An append that fails (a full disk) must not throw into the engine halfway through an input it is
 * applying: the derived event is logged as lost, listeners do not hear it, and {@link JournalHealth} stops
 * the inputs until the disk has room. Its input is journaled, so a replay of the day derives it again.
 */
public final class OutputJournal implements DerivedEventSink, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("copilot.journal");
    private final SingleChronicleQueue queue;
    private final JournalHealth health;
    private final Runnable beforeEachWrite;
    private final List<DerivedEventSink> listeners = new CopyOnWriteArrayList<>();
    private ExcerptAppender appender;
    private long lastSource = -1;
    private int lastOrdinal = -1;
    private final TradingDayClock tradingDay = new TradingDayClock();

    public OutputJournal(Path dataDir) {
        this(dataDir, new JournalHealth());
    }

    public OutputJournal(Path dataDir, JournalHealth health) {
        this(dataDir, health, Journals.NO_FAULT);
    }

    /** @param beforeEachWrite a test's stand-in for a disk that faults: throws to fail the write */
    OutputJournal(Path dataDir, JournalHealth health, Runnable beforeEachWrite) {
        this.queue = Journals.openForAppending(dataDir, Journals.outputDir(dataDir), tradingDay);
        this.health = health;
        this.beforeEachWrite = beforeEachWrite;
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
        if (health.outputHeld()) {
            health.derivedRefused(); // held: a write into a full disk can fault inside the JVM's own code, which ends it
            LOG.log(System.Logger.Level.ERROR, "derived event " + event.type + " of input " + event.sourceIndex
                    + " not journaled while the disk is full (a replay of the input journal derives it again)");
            return;
        }
        tradingDay.advanceTo(event.timeNanos);
        try {
            beforeEachWrite.run();
            write(event);
        } catch (Throwable failed) { // any: a SIGBUS on the mapped file arrives as an InternalError
            Journals.recover(queue, appender);
            health.outputAppendFailed(failed, System.currentTimeMillis());
            LOG.log(System.Logger.Level.ERROR, "derived event " + event.type + " of input " + event.sourceIndex
                    + " not journaled (a replay of the input journal derives it again): " + failed);
            return;
        }
        health.outputAppended();
        lastSource = event.sourceIndex;
        lastOrdinal = event.ordinal;
        for (DerivedEventSink listener : listeners) {
            listener.emit(event);
        }
    }

    /** A document cut short by a failure is rolled back, never committed half-written. */
    private void write(DerivedEvent event) {
        if (appender == null) {
            appender = queue.createAppender();
        }
        Journals.writeWhole(appender.writingDocument(), event, OutputEventCodec::encode);
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
