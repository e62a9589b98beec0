package com.fks.copilot.gateway.app;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.feed.JournalGate;
import com.fks.copilot.engine.ring.EngineRing;
import com.fks.copilot.journal.queue.Journals;
import com.fks.copilot.journal.replay.InputJournalReader;
import com.fks.copilot.journal.replay.RecordedDay;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.concurrent.locks.LockSupport;

/**
 * Plays a recorded day's input journal into a fresh app's ring, on its own thread, so the dashboard
 * shows the session again as it unfolded: ticks, clock, bridge snapshots and trade requests, each as
 * it was recorded. Paced by the recorded event time (ticks and clock events): 1.0 is the day's own
 * pace, 10 or 60 compress it, 0 plays as fast as the ring takes it. The engine re-derives everything
 * from these inputs, which is why the replayed dashboard matches the recorded day.
 */
final class JournalPlayback implements Runnable {
    private final Path recordedDataDir;
    private final EngineRing ring;
    private final double speed;
    /** Journal indexes: the events before {@code pacedFrom} are played unpaced, none from {@code endIndex} on. */
    private final long pacedFrom;
    private final long endIndex;
    private final BooleanSupplier journalAccepting;
    private volatile boolean running = true;
    private volatile boolean finished;
    private volatile long played;
    private long firstEventNanos = Long.MIN_VALUE;
    private long firstWallNanos;

    /**
     * The whole journal, paced.
     *
     * @param journalAccepting false while this run's input journal cannot be written: the playback waits
     */
    JournalPlayback(Path recordedDataDir, EngineRing ring, double speed, BooleanSupplier journalAccepting) {
        this(recordedDataDir, ring, speed, journalAccepting, -1, Long.MAX_VALUE);
    }

    /** One recorded trading day, paced, after the days before it unpaced (they bring the engine to its morning). */
    static JournalPlayback ofDay(RecordedDay day, Path recordedDataDir, EngineRing ring, double speed,
                                 BooleanSupplier journalAccepting) {
        return new JournalPlayback(recordedDataDir, ring, speed, journalAccepting, day.firstIndex(), day.endIndex());
    }

    private JournalPlayback(Path recordedDataDir, EngineRing ring, double speed, BooleanSupplier journalAccepting,
                            long pacedFrom, long endIndex) {
        this.journalAccepting = journalAccepting;
        this.recordedDataDir = recordedDataDir;
        this.ring = ring;
        this.speed = speed;
        this.pacedFrom = pacedFrom;
        this.endIndex = endIndex;
    }

    Thread startThread() {
        Thread thread = new Thread(this, "journal-playback");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try (SingleChronicleQueue recorded = Journals.open(Journals.inputDir(recordedDataDir))) {
            InputJournalReader.readBetween(recorded, -1, endIndex, this::play);
        } finally {
            finished = true;
        }
    }

    private void play(EngineEvent event) {
        if (!running) {
            return;
        }
        if ((event.type == EventType.TICK || event.type == EventType.CLOCK) && event.journalIndex >= pacedFrom) {
            pace(event.eventTimeNanos);
        }
        if (!journalAccepting.getAsBoolean()) {
            JournalGate.holdWhileFailing(journalAccepting, () -> running);
        }
        long slot = ring.next();
        try {
            EngineEvent next = ring.slot(slot);
            next.copyInputFrom(event);
            next.journalIndex = -1;
            next.receivedNanos = System.nanoTime();
        } finally {
            ring.publish(slot);
        }
        played++;
    }

    private void pace(long eventTimeNanos) {
        if (speed <= 0) {
            return;
        }
        if (firstEventNanos == Long.MIN_VALUE) {
            firstEventNanos = eventTimeNanos;
            firstWallNanos = System.nanoTime();
        }
        long due = firstWallNanos + (long) ((eventTimeNanos - firstEventNanos) / speed);
        long remaining;
        while (running && (remaining = due - System.nanoTime()) > 0) {
            LockSupport.parkNanos(remaining);
        }
    }

    void stop() {
        running = false;
    }

    boolean finished() {
        return finished;
    }

    long played() {
        return played;
    }
}
