package com.fks.copilot.perf;

import java.time.Duration;

/**
 * One latency-harness run.
 *
 * @param point          where latency ends
 * @param ticksPerSecond fixed send rate
 * @param warmup         sending before measurement starts (not recorded)
 * @param measure        sending that is recorded
 * @param waitStrategy   ring wait strategy: auto, blocking, yielding or pinned (as the app's {@code --wait-strategy})
 * @param ringSize       ring slots, a power of two
 * @param drainTimeout   how long to wait for the last ticks to arrive; what is missing then is lost
 */
public record HarnessOptions(MeasuringPoint point, int ticksPerSecond, Duration warmup, Duration measure,
                             String waitStrategy, int ringSize, Duration drainTimeout) {

    public static HarnessOptions defaults() {
        return new HarnessOptions(MeasuringPoint.SSE, 1_000, Duration.ofSeconds(5), Duration.ofSeconds(20),
                "auto", 16_384, Duration.ofSeconds(5));
    }

    public long warmupTicks() {
        return ticks(warmup);
    }

    public long measuredTicks() {
        return ticks(measure);
    }

    private long ticks(Duration duration) {
        return duration.toNanos() * ticksPerSecond / 1_000_000_000L;
    }
}
