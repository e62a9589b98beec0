package com.fks.copilot.engine.ring;

import com.fks.copilot.engine.event.EventType;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RingStatsTest {

    @Test
    void latencyLandsInTheFirstBucketWhoseBoundHoldsIt() {
        LatencyBuckets buckets = new LatencyBuckets();
        buckets.record(1_000);          // exactly 1 µs: the first bucket (le 1e-6)
        buckets.record(3_000);          // 3 µs: le 5e-6, the third
        buckets.record(2_000_000_000L); // 2 s: beyond the last bound, +Inf
        long[] counts = buckets.counts();
        assertEquals(LatencyBuckets.boundsSeconds().length + 1, counts.length);
        assertEquals(1, counts[0]);
        assertEquals(1, counts[2]);
        assertEquals(1, counts[counts.length - 1]);
        assertEquals(2.000004, buckets.sumSeconds(), 1e-12); // 1 µs + 3 µs + 2 s
    }

    @Test
    void eventsAreCountedByTypeAndOnlyStampedOnesTimed() {
        RingStats stats = new RingStats();
        stats.applied(EventType.TICK, 40_000);
        stats.applied(EventType.TICK, 60_000);
        stats.applied(EventType.CLOCK, -1); // not stamped at ingress: counted, not timed
        assertEquals(2, stats.events(EventType.TICK));
        assertEquals(1, stats.events(EventType.CLOCK));
        long timed = 0;
        for (long count : stats.apply().counts()) {
            timed += count;
        }
        assertEquals(2, timed);
    }

    @Test
    void countingAnAppliedEventAllocatesNothing() {
        RingStats stats = new RingStats();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 200_000; i++) { // warm: the JIT settles before the window is measured
            stats.applied(EventType.TICK, i);
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 100_000; i++) {
            stats.applied(EventType.TICK, i);
            stats.batchEnded(i);
        }
        long bytes = threads.getThreadAllocatedBytes(id) - before;
        assertTrue(bytes < 1_000, "100,000 events counted allocated " + bytes + " bytes");
    }

    @Test
    void boundsRunFromOneMicrosecondToOneSecond() {
        double[] bounds = LatencyBuckets.boundsSeconds();
        assertEquals(1e-6, bounds[0]);
        assertEquals(1.0, bounds[bounds.length - 1]);
        assertArrayEquals(bounds, java.util.Arrays.stream(bounds).sorted().toArray());
    }
}
