package com.fks.copilot.engine.ring;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import net.openhft.affinity.AffinityLock;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the ring's consumer threads run (ARCHITECTURE rule 8), chosen once at wiring time and
 * logged at start. With cores to spare (4 or more) each handler thread is pinned to its own core
 * (OpenHFT affinity) and yield-spins for latency; on a small machine the threads float and block,
 * so the feed, Netty and the OS keep a core.
 *
 * @param name         what the start-up log says
 * @param waitStrategy the Disruptor wait strategy for every consumer
 * @param pinned       whether each handler thread holds a core of its own while it runs
 */
public record RingThreading(String name, WaitStrategy waitStrategy, boolean pinned) {

    public static RingThreading forMachine(int cores) {
        return cores >= 4 ? pinnedYielding() : blocking();
    }

    public static RingThreading pinnedYielding() {
        return new RingThreading("yielding, pinned to cores", new YieldingWaitStrategy(), true);
    }

    public static RingThreading yielding() {
        return new RingThreading("yielding, not pinned", new YieldingWaitStrategy(), false);
    }

    public static RingThreading blocking() {
        return new RingThreading("blocking, not pinned (small machine)", new BlockingWaitStrategy(), false);
    }

    public static RingThreading named(String choice) {
        return switch (choice) {
            case "pinned" -> pinnedYielding();
            case "yielding" -> yielding();
            case "blocking" -> blocking();
            case "auto" -> forMachine(Runtime.getRuntime().availableProcessors());
            default -> throw new IllegalArgumentException("wait strategy must be auto, pinned, yielding or blocking: " + choice);
        };
    }

    /** Daemon threads named {@code ring-N}; each takes a core for its lifetime when {@link #pinned}. */
    public ThreadFactory threadFactory() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Runnable body = pinned ? () -> runPinned(runnable) : runnable;
            Thread thread = new Thread(body, "ring-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    private static void runPinned(Runnable runnable) {
        try (AffinityLock core = AffinityLock.acquireCore()) {
            runnable.run();
        }
    }
}
