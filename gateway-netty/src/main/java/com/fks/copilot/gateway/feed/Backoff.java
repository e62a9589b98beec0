package com.fks.copilot.gateway.feed;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Reconnect waits: exponential from {@code first}, capped at {@code max}, each drawn uniformly
 * from its upper half ("equal jitter") so clients dropped together do not reconnect together,
 * yet no wait is shorter than half the planned one. Not thread-safe (the feed's event loop owns it).
 */
final class Backoff {
    private final long firstMillis;
    private final long maxMillis;
    private final SplittableRandom random;
    private int failures;

    Backoff(Duration first, Duration max, long seed) {
        this.firstMillis = first.toMillis();
        this.maxMillis = max.toMillis();
        this.random = new SplittableRandom(seed);
    }

    /** The wait before the next try; each call counts one more failure. */
    Duration next() {
        long planned = Math.min(maxMillis, firstMillis << Math.min(failures, 30));
        failures++;
        long half = Math.max(1, planned / 2);
        return Duration.ofMillis(planned - half + random.nextLong(half + 1));
    }

    /** A connection got through: the next failure starts from {@code first} again. */
    void reset() {
        failures = 0;
    }
}
