package com.fks.copilot.engine.ring;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;
import net.openhft.affinity.AffinityLock;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How the ring's consumer threads run (ARCHITECTURE rule 8), chosen once at wiring time and
 * logged at start. With cores to spare (4 or more) each stage has its own thread, pinned to its own
 * core (OpenHFT affinity), yield-spinning for latency. On a small machine one thread runs every stage
 * and blocks when the ring is empty, so nothing spins and the feed, Netty and the OS keep a core.
 *
 * @param waitName     what the start-up log says of the wait
 * @param waitStrategy the Disruptor wait strategy for every consumer
 * @param pinned       whether each handler thread holds a core of its own while it runs
 * @param topology     one thread for every stage, or a thread per stage
 */
public record RingThreading(String waitName, WaitStrategy waitStrategy, boolean pinned, RingTopology topology) {

    public static RingThreading forMachine(int cores) {
        return cores >= RingTopology.STAGES_FROM_CORES ? pinnedYielding() : blocking().with(RingTopology.ONE_THREAD);
    }

    public static RingThreading pinnedYielding() {
        return new RingThreading("yielding, pinned to cores", new YieldingWaitStrategy(), true, RingTopology.STAGES);
    }

    public static RingThreading yielding() {
        return new RingThreading("yielding, not pinned", new YieldingWaitStrategy(), false, machineTopology());
    }

    public static RingThreading blocking() {
        return new RingThreading("blocking (parks when the ring is empty), not pinned", new BlockingWaitStrategy(), false,
                machineTopology());
    }

    /** A wait strategy by name ({@code auto}, {@code pinned}, {@code yielding}, {@code blocking}) on this machine's topology. */
    public static RingThreading named(String choice) {
        return switch (choice) {
            case "pinned" -> pinnedYielding();
            case "yielding" -> yielding();
            case "blocking" -> blocking();
            case "auto" -> forMachine(Runtime.getRuntime().availableProcessors());
            default -> throw new IllegalArgumentException("wait strategy must be auto, pinned, yielding or blocking: " + choice);
        };
    }

    /** The same wait on another topology. */
    public RingThreading with(RingTopology other) {
        return new RingThreading(waitName, waitStrategy, pinned, other);
    }

    /** What the start-up log says: topology and wait. */
    public String name() {
        return topology.description() + "; " + waitName;
    }

    private static RingTopology machineTopology() {
        return RingTopology.forMachine(Runtime.getRuntime().availableProcessors());
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
