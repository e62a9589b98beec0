package com.fks.copilot.engine.ring;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/**
 * How the ring's consumer threads wait (ARCHITECTURE rule 8), chosen once at wiring time and
 * logged at start. On machines with cores to spare the handlers yield-spin for latency; on small
 * machines (fewer than 4 cores) they block, so the feed, Netty and the journal keep a core.
 *
 * @param name         what the start-up log says
 * @param waitStrategy the Disruptor wait strategy for every consumer
 */
public record RingThreading(String name, WaitStrategy waitStrategy) {

    public static RingThreading forMachine(int cores) {
        return cores >= 4 ? yielding() : blocking();
    }

    public static RingThreading yielding() {
        return new RingThreading("yielding (spare cores)", new YieldingWaitStrategy());
    }

    public static RingThreading blocking() {
        return new RingThreading("blocking (small machine)", new BlockingWaitStrategy());
    }

    public static RingThreading named(String choice) {
        return switch (choice) {
            case "yielding" -> yielding();
            case "blocking" -> blocking();
            case "auto" -> forMachine(Runtime.getRuntime().availableProcessors());
            default -> throw new IllegalArgumentException("wait strategy must be auto, yielding or blocking: " + choice);
        };
    }
}
