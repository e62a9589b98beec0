package com.fks.copilot.engine.backtest;

/** One stored 1-minute bar a backtest plays into the engine; prices fixed-point points, start epoch nanos. */
public record TapeBar(int instrument, long startNanos, long open, long high, long low, long close, long volume) {
}
