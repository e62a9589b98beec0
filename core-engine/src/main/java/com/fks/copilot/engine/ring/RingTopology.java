package com.fks.copilot.engine.ring;

import java.util.Locale;

/**
 * How the ring's stages share threads (ARCHITECTURE rule 8). A Disruptor stage that waits on
 * another stage busy-spins on that stage's sequence whatever its wait strategy, so on a small machine
 * chained stage threads take the core from the very thread they wait for.
 */
public enum RingTopology {
    /** One consumer thread runs journal → engine → publishers for every batch and parks when the ring is empty. */
    ONE_THREAD("one thread: journal → engine → publish in ring order"),
    /** A thread per stage (journal, engine, each publisher), each waiting on the one before. */
    STAGES("a thread per stage");

    /** Cores below which the stages share one thread. */
    public static final int STAGES_FROM_CORES = 4;

    private final String description;

    RingTopology(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public static RingTopology forMachine(int cores) {
        return cores >= STAGES_FROM_CORES ? STAGES : ONE_THREAD;
    }

    /** {@code auto}, {@code one-thread} or {@code stages}. */
    public static RingTopology named(String choice) {
        return switch (choice.toLowerCase(Locale.ROOT)) {
            case "auto" -> forMachine(Runtime.getRuntime().availableProcessors());
            case "one-thread" -> ONE_THREAD;
            case "stages" -> STAGES;
            default -> throw new IllegalArgumentException("ring topology must be auto, one-thread or stages: " + choice);
        };
    }
}
