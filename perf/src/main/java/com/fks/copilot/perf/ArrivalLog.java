package com.fks.copilot.perf;

import org.HdrHistogram.Histogram;

import java.util.concurrent.atomic.AtomicLong;

/**
 * When each tick of a run reached a measuring point ({@link System#nanoTime()}), indexed by its
 * source sequence; the first arrival of a tick counts, repeats are ignored. One writer thread
 * ({@link #record}); any thread may read {@link #received()} and, once it covers what it needs,
 * the arrival times. Allocation-free after construction.
 */
public final class ArrivalLog {
    /** A log that keeps nothing, for measurements that only need {@link AppliedProbe#appliedSequence()}. */
    public static final ArrivalLog NONE = new ArrivalLog(0, 0);

    private final long firstSequence;
    private final long[] arrivalNanos;
    private final AtomicLong received = new AtomicLong();
    private long count;

    /** Holds ticks {@code firstSequence} .. {@code firstSequence + capacity - 1}. */
    public ArrivalLog(long firstSequence, int capacity) {
        this.firstSequence = firstSequence;
        this.arrivalNanos = new long[capacity];
    }

    /** Writer thread only. Sequences outside the log are ignored. */
    public void record(long sequence, long nanoTime) {
        long index = sequence - firstSequence;
        if (index >= 0 && index < arrivalNanos.length && arrivalNanos[(int) index] == 0) {
            arrivalNanos[(int) index] = nanoTime;
            received.setRelease(++count);
        }
    }

    /** Distinct ticks arrived so far. */
    public long received() {
        return received.getAcquire();
    }

    /** When tick {@code sequence} arrived ({@link System#nanoTime()}), or 0 if it has not. Read after the writer has stopped. */
    public long arrivalNanos(long sequence) {
        return arrivalNanos[(int) (sequence - firstSequence)];
    }

    /** Distinct ticks arrived with sequence in [{@code from}, {@code to}]. Read after the writer has stopped. */
    public long receivedBetween(long from, long to) {
        long n = 0;
        for (long seq = from; seq <= to; seq++) {
            if (arrivalNanos[(int) (seq - firstSequence)] != 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * Latency of every arrived tick with sequence in [{@code from}, {@code to}], measured from its
     * planned send time (so a stalled sender cannot hide queueing: no coordinated omission), in nanos.
     * Read after the writer has stopped.
     */
    public Histogram latencies(TickSchedule schedule, long from, long to) {
        Histogram histogram = LatencyReport.newHistogram();
        for (long seq = from; seq <= to; seq++) {
            long arrived = arrivalNanos[(int) (seq - firstSequence)];
            if (arrived != 0) {
                LatencyReport.record(histogram, arrived - schedule.plannedNanos(seq));
            }
        }
        return histogram;
    }
}
