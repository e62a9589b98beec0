package com.fks.copilot.engine.backtest;

import java.util.List;

/** What a backtest traded, in the order the trades were entered, and what it declined. */
public record BacktestOutcome(List<SimulatedTrade> trades, List<DeclinedEntry> declined) {
    public BacktestOutcome {
        trades = List.copyOf(trades);
        declined = List.copyOf(declined);
    }
}
