package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.event.EngineEvent;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Where a backtest's market data comes from, ready to play into the engine: a recorded input journal, the history
 * database's stored 1-minute bars, or a bar file.
 */
public interface MarketHistory {
    /** What the report names as its source. */
    String describe();

    /** The trading days this history holds market data for, oldest first. */
    List<LocalDate> tradingDays();

    /**
     * Plays the market events up to the end of trading day {@code to}, earlier days included (they are how the engine
     * came to each morning: bars, ATR, the plan), into {@code engine}.
     */
    void play(LocalDate to, Consumer<EngineEvent> engine);
}
