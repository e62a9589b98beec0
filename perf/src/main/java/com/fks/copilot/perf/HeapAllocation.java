package com.fks.copilot.perf;

import java.lang.management.ManagementFactory;

/**
 * Bytes allocated on the heap so far by all live threads of this JVM (HotSpot's per-thread
 * allocation counters). The difference over a run, divided by ticks, is the pipeline's garbage per tick;
 * threads that ended in between are not counted.
 */
public final class HeapAllocation {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private HeapAllocation() {
    }

    /** Sum over live threads, bytes; -1 when the JVM does not measure it. */
    public static long allocatedBytes() {
        if (!THREADS.isThreadAllocatedMemorySupported() || !THREADS.isThreadAllocatedMemoryEnabled()) {
            return -1;
        }
        long sum = 0;
        for (long bytes : THREADS.getThreadAllocatedBytes(THREADS.getAllThreadIds())) {
            if (bytes > 0) {
                sum += bytes;
            }
        }
        return sum;
    }
}
