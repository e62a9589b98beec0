package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The latest OFF-HOURS backtest, for {@code /backtest} and {@code /api/backtest/latest}: read from the output
 * journal's BACKTEST_RESULT events at start and live, so a restart shows the same run. A run's trades arrive before
 * its run record; trades whose run never came (a stop cut it off) are dropped once a later run completes.
 * Thread-safe: the engine thread writes, HTTP threads read.
 */
public final class BacktestResults implements DerivedEventSink {
    private final TreeMap<Long, List<String>> pendingTrades = new TreeMap<>();
    private LatestBacktest latest;

    /** Engine thread (live) or the starting thread (journal read). */
    @Override
    public void emit(DerivedEvent event) {
        if (event.type != DerivedEvent.BACKTEST_RESULT) {
            return;
        }
        if (event.code == BacktestKind.TRADE) {
            addTrade(event.askedBy, event.text());
        } else if (event.code == BacktestKind.RUN) {
            completed(event.askedBy, event.timeNanos, event.text());
        }
    }

    private synchronized void addTrade(long run, String json) {
        pendingTrades.computeIfAbsent(run, r -> new ArrayList<>()).add(json);
    }

    private synchronized void completed(long run, long askedAtNanos, String json) {
        List<String> trades = pendingTrades.getOrDefault(run, List.of());
        pendingTrades.headMap(run, true).clear();
        latest = LatestBacktest.of(run, askedAtNanos, json, trades);
    }

    public synchronized Optional<LatestBacktest> latest() {
        return Optional.ofNullable(latest);
    }
}
