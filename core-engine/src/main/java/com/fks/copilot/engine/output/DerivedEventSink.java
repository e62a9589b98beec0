package com.fks.copilot.engine.output;

/**
 * Where the engine thread hands what it derives (the output journal, in production).
 * Called on the engine thread only; must not block for long and must copy {@code event}
 * before returning, since the instance is reused.
 */
@FunctionalInterface
public interface DerivedEventSink {
    void emit(DerivedEvent event);

    /** Keeps nothing; for engines whose outputs nobody reads (benchmarks of state alone). */
    DerivedEventSink DISCARD = event -> { };
}
