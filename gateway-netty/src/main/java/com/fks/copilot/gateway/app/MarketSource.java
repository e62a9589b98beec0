package com.fks.copilot.gateway.app;

/** Where market inputs come from; chosen at start, one per run. */
public sealed interface MarketSource {

    /** The deterministic demo day, played at {@code speed} (1 = real time, 0 = as fast as possible). */
    record Demo(DemoPlan plan, double speed) implements MarketSource {
    }

    /** No market feed yet; the wall clock drives session time (live mode until the Massive feed lands). */
    record WallClockOnly() implements MarketSource {
    }
}
