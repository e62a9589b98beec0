package com.fks.copilot.perf;

/**
 * The fixed-rate plan of a run: tick {@code firstSequence + i} is due at
 * {@code startNanos + i * intervalNanos} ({@link System#nanoTime()} clock). Latency is measured
 * from these planned times, not from when a tick was actually sent.
 */
public record TickSchedule(long firstSequence, long startNanos, long intervalNanos) {

    public static TickSchedule startingAt(long startNanos, int ticksPerSecond, long firstSequence) {
        return new TickSchedule(firstSequence, startNanos, 1_000_000_000L / ticksPerSecond);
    }

    /** Planned send time of a tick, nanoTime clock. */
    public long plannedNanos(long sequence) {
        return startNanos + (sequence - firstSequence) * intervalNanos;
    }
}
