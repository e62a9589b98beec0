package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.BacktestEngine;
import com.fks.copilot.engine.backtest.BacktestOutcome;
import com.fks.copilot.engine.backtest.Signal;
import com.fks.copilot.engine.backtest.TradeSimulator;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.session.TradingDays;
import com.fks.copilot.gateway.io.ScratchDir;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * Runs a backtest: the history through a scratch engine (deleted afterwards), the engine's signals through the
 * {@link TradeSimulator}, the trades into a {@link BacktestReport}. The same request gives the same report.
 */
public final class Backtest {
    /** Told each trading day the tape enters (the days before {@code from} included): a progress bar. */
    public interface DayProgress {
        DayProgress NONE = (day, done, of) -> { };

        void entered(LocalDate day, int daysDone, int daysInRange);
    }

    /** No market data in the range asked for: nothing to test. */
    public static final class NoHistory extends IllegalArgumentException {
        NoHistory(String message) {
            super(message);
        }
    }

    private Backtest() {
    }

    public static BacktestReport run(BacktestRequest request, DayProgress progress) {
        List<LocalDate> days = daysIn(request);
        List<Signal> signals = signals(request, days, progress);
        BacktestOutcome outcome = TradeSimulator.trade(signals, request.rules(), request.risk(), request.from(), request.to());
        return BacktestReport.of(request, days, signals, outcome);
    }

    /** The trading days of the history in the request's range; {@link NoHistory} when there are none. */
    static List<LocalDate> daysIn(BacktestRequest request) {
        List<LocalDate> days = request.history().tradingDays().stream()
                .filter(d -> !d.isBefore(request.from()) && !d.isAfter(request.to())).toList();
        if (days.isEmpty()) {
            throw new NoHistory("no market data from " + request.from() + " to " + request.to() + " in "
                    + request.history().describe());
        }
        return days;
    }

    private static List<Signal> signals(BacktestRequest request, List<LocalDate> days, DayProgress progress) {
        try (ScratchDir scratch = ScratchDir.create("copilot-backtest")) {
            return BacktestEngine.run(scratch.path(), request.risk(), engine -> request.history().play(request.to(),
                    countingDays(engine, days, progress)));
        }
    }

    /** Passes events on, telling {@code progress} when one starts a new trading day (java.time only then). */
    static Consumer<EngineEvent> countingDays(Consumer<EngineEvent> engine, List<LocalDate> days, DayProgress progress) {
        long[] dayEnd = {Long.MIN_VALUE};
        return event -> {
            if (event.eventTimeNanos >= dayEnd[0]) {
                LocalDate day = TradingDays.ofEpochNanos(event.eventTimeNanos);
                dayEnd[0] = TradingDays.endNanos(day);
                progress.entered(day, (int) days.stream().filter(d -> !d.isAfter(day)).count(), days.size());
            }
            engine.accept(event);
        };
    }
}
