package com.fks.copilot.gateway.backtest;

import com.fks.copilot.engine.backtest.BacktestRules;
import com.fks.copilot.engine.event.BacktestKind;
import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.engine.session.TradingDays;
import com.fks.copilot.gateway.backfill.OffHoursTrigger;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The OFF-HOURS backtest: when the trader's day ends, the engine's rules trade the last {@link #DAYS} trading days of
 * the app's own history on a worker thread of their own, never the ring's. The result enters the ring as BACKTEST
 * inputs (the trades, then the run), so it is journaled before anything shows it and a replay reproduces it without
 * running it again. A run is bounded in time and cancelled by a newer one or by {@link #close()}: checked as each
 * trading day enters the tape, and a cancelled run journals nothing.
 */
public final class OffHoursBacktest implements OffHoursTrigger.Start, AutoCloseable {
    /** Four weeks of sessions: enough trades to judge a rule, little enough to run in seconds. */
    public static final int DAYS = 20;
    private static final System.Logger LOG = System.getLogger("copilot.backtest");

    /** Where a run's records go: one BACKTEST input per call, filled by the consumer (RingRequests::submit). */
    public interface Journal {
        void submit(Consumer<EngineEvent> fill);
    }

    private final Supplier<MarketHistory> history;
    private final RiskRules risk;
    private final Journal journal;
    private final Duration timeLimit;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "offhours-backtest");
        thread.setDaemon(true);
        return thread;
    });
    /** The run asked for last; an older run still going sees it and stops. */
    private volatile long latestAsk = Long.MIN_VALUE;
    private volatile boolean closed;

    public OffHoursBacktest(Supplier<MarketHistory> history, RiskRules risk, Journal journal, Duration timeLimit) {
        this.history = history;
        this.risk = risk;
        this.journal = journal;
        this.timeLimit = timeLimit;
    }

    /** Engine thread: hands the run to the worker and returns. */
    @Override
    public void offHours(long askedBy, long timeNanos) {
        if (closed) {
            return;
        }
        latestAsk = askedBy;
        try {
            worker.execute(() -> runIfLatest(askedBy, timeNanos));
        } catch (RejectedExecutionException closing) {
            // closed between the check and here: the app is stopping, and the engine thread must not fail for it
        }
    }

    private void runIfLatest(long askedBy, long timeNanos) {
        if (askedBy != latestAsk || closed) {
            return; // a newer session change asked since: only its run is worth the time
        }
        long deadline = System.nanoTime() + timeLimit.toNanos();
        try {
            BacktestReport report = Backtest.run(request(TradingDays.ofEpochNanos(timeNanos)),
                    (day, done, of) -> stopIfCancelled(askedBy, deadline));
            journal(report, askedBy, timeNanos);
            LOG.log(System.Logger.Level.INFO, "OFF-HOURS backtest {0} → {1}: {2} trades, net ${3}", report.from(),
                    report.to(), report.trades().size(), report.total().netProfit().toPlainString());
        } catch (Cancelled cancelled) {
            LOG.log(System.Logger.Level.INFO, "OFF-HOURS backtest asked by journal index {0} stopped: {1}", askedBy,
                    cancelled.getMessage());
        } catch (Backtest.NoHistory none) {
            LOG.log(System.Logger.Level.INFO, "OFF-HOURS backtest: {0}", none.getMessage());
        } catch (RuntimeException fault) {
            LOG.log(System.Logger.Level.WARNING, "OFF-HOURS backtest failed", fault);
        }
    }

    /** The last {@link #DAYS} trading days of the history up to and including the day that just ended. */
    private BacktestRequest request(LocalDate ended) {
        MarketHistory market = history.get();
        List<LocalDate> days = market.tradingDays().stream().filter(d -> !d.isAfter(ended)).toList();
        LocalDate from = days.isEmpty() ? ended : days.get(Math.max(0, days.size() - DAYS));
        return new BacktestRequest(market, from, ended, BacktestRules.defaults(), risk);
    }

    private void stopIfCancelled(long askedBy, long deadline) {
        if (closed) {
            throw new Cancelled("the app is closing");
        }
        if (askedBy != latestAsk) {
            throw new Cancelled("a newer session change asked for a run");
        }
        if (System.nanoTime() - deadline >= 0) {
            throw new Cancelled("over its time limit of " + timeLimit.toSeconds() + " s");
        }
    }

    /** The trades first and the run last: a reader that has the run has all its trades. */
    private void journal(BacktestReport report, long askedBy, long timeNanos) {
        for (String trade : BacktestRecords.trades(report)) {
            if (closed) {
                return;
            }
            journal.submit(event -> event.setBacktestRecord(BacktestKind.TRADE, askedBy, timeNanos, trade));
        }
        if (!closed) {
            String run = BacktestRecords.run(report);
            journal.submit(event -> event.setBacktestRecord(BacktestKind.RUN, askedBy, timeNanos, run));
        }
    }

    /**
     * Waits until every run asked so far has ended (journaled, or stopped), at most the time limit and a minute: a
     * demo that exits when its day ends reports the day with its OFF-HOURS run, the same every time.
     */
    public void awaitIdle() throws InterruptedException {
        try {
            worker.submit(() -> { }).get(timeLimit.toSeconds() + 60, TimeUnit.SECONDS); // one thread: runs after them
        } catch (RejectedExecutionException | ExecutionException | TimeoutException closedOrStuck) {
            LOG.log(System.Logger.Level.WARNING, "OFF-HOURS backtest not finished: " + closedOrStuck);
        }
    }

    /** Stops a run in progress (at its next trading day) and waits briefly for the worker: before the ring closes. */
    @Override
    public void close() {
        closed = true;
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Cancelled extends RuntimeException {
        Cancelled(String why) {
            super(why, null, false, false);
        }
    }
}
