package com.fks.copilot.journal.queue;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.ring.JournalHealth;
import com.lmax.disruptor.EventHandler;
import net.openhft.chronicle.queue.ExcerptAppender;
import net.openhft.chronicle.queue.ExcerptTailer;
import net.openhft.chronicle.queue.TailerDirection;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.wire.DocumentContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The ring's first stage: appends every input event to the input journal (a Chronicle Queue)
 * and stamps it with its journal index, before the engine stage may see it (write-ahead).
 * The appender belongs to the ring thread that runs this stage; reading methods may be called
 * from any thread before the ring starts.
 *
 * <p>An append that fails (a full disk: on a mapped file that is the {@link InternalError} a SIGBUS
 * becomes, or an I/O error when a new file is needed) leaves the event unjournaled, with
 * {@code journalIndex} -1, so the engine skips it and its request is answered 503; {@link JournalHealth}
 * says so to the edge, the feeds and monitoring, and the next append that works ends it.
 */
public final class InputJournal implements EventHandler<EngineEvent>, AutoCloseable {
    /** Free bytes on the journal's disk before a retry is worth an input: a few of Chronicle's 4 KiB pages and more. */
    static final long ROOM_TO_RETRY_BYTES = 1 << 20;
    private final SingleChronicleQueue queue;
    private final TradingDayClock tradingDay = new TradingDayClock();
    private final JournalHealth health;
    private final Runnable beforeEachWrite;
    private ExcerptAppender appender;
    /** The journal's file system, found on the first {@link #checkRoom}; only the checking thread touches it. */
    private java.nio.file.FileStore disk;

    public InputJournal(Path dataDir) {
        this(dataDir, new JournalHealth());
    }

    public InputJournal(Path dataDir, JournalHealth health) {
        this(dataDir, health, Journals.NO_FAULT);
    }

    /** @param beforeEachWrite a test's stand-in for a disk that faults: throws to fail the write */
    InputJournal(Path dataDir, JournalHealth health, Runnable beforeEachWrite) {
        this.queue = Journals.openForAppending(dataDir, Journals.inputDir(dataDir), tradingDay);
        this.health = health;
        this.beforeEachWrite = beforeEachWrite;
    }

    @Override
    public void onEvent(EngineEvent event, long sequence, boolean endOfBatch) {
        append(event);
    }

    /**
     * Appends one event and sets its {@link EngineEvent#journalIndex}, or leaves it -1 and reports the
     * failure to {@link #health()} when the journal cannot be written. Single thread.
     */
    public void append(EngineEvent event) {
        event.journalIndex = -1;
        if (!health.accepting()) {
            health.appendRefused(); // held: a write into a full disk can fault inside the JVM's own code, which ends it
            return;
        }
        tradingDay.advanceTo(event.eventTimeNanos);
        try {
            if (appender == null) {
                appender = queue.createAppender();
            }
            beforeEachWrite.run();
            write(event);
            event.journalIndex = appender.lastIndexAppended();
        } catch (Throwable failed) { // any: a SIGBUS on the mapped file arrives as an InternalError
            event.journalIndex = -1;
            Journals.recover(queue, appender);
            health.appendFailed(failed, System.currentTimeMillis());
            return;
        }
        health.appended();
    }

    /** A document cut short by a failure is rolled back, never committed half-written. */
    private void write(EngineEvent event) {
        Journals.writeWhole(appender.writingDocument(), event, InputEventCodec::encode);
    }

    public JournalHealth health() {
        return health;
    }

    /**
     * Timer, any thread, once a second: tells {@link #health()} how much room the journal's disk has, which stops
     * the inputs under {@code reserveBytes} and lets a failed append be tried again once there is room. A disk that
     * cannot even be asked counts as full.
     */
    public void checkRoom(long reserveBytes) {
        long usable;
        try {
            if (disk == null) {
                disk = Files.getFileStore(queue.file().toPath()); // finding the mount reads the mount table: once
            }
            usable = disk.getUsableSpace();
        } catch (IOException | RuntimeException e) {
            usable = 0;
        }
        health.room(usable, reserveBytes, ROOM_TO_RETRY_BYTES, System.currentTimeMillis());
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
