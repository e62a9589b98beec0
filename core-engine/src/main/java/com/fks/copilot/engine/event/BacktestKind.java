package com.fks.copilot.engine.event;

/**
 * What a BACKTEST input record is. A run's trades enter first and its RUN record last, so a reader that has seen the
 * RUN has all of its trades; a run cut off by a stop leaves trades without a RUN, which readers ignore. Codes are
 * journaled.
 */
public final class BacktestKind {
    public static final byte TRADE = 1;
    public static final byte RUN = 2;

    private BacktestKind() {
    }
}
