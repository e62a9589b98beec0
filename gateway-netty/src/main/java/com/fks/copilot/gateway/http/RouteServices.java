package com.fks.copilot.gateway.http;

import com.fks.copilot.engine.ring.JournalHealth;
import com.fks.copilot.gateway.backfill.BackfillApi;
import com.fks.copilot.gateway.backtest.BacktestResults;
import com.fks.copilot.gateway.views.OptimiserSuggestions;
import com.fks.copilot.gateway.grok.GrokStage;
import com.fks.copilot.journal.audit.AuditQueries;

import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

/**
 * What the routes beyond the dashboard and the bridge are served from; each may be absent.
 *
 * @param audit    the audit queries; null without a history database (the audit routes answer 503)
 * @param queries  where blocking history queries run, never a Netty event loop
 * @param backfill the backfill's status and gap reports
 * @param grok     the co-pilot's panel at {@code /api/grok/html}; null = none
 * @param playingHistory true while a demo plays its prior days: a mutation then would be stamped with a past
 *                       day's event time, so mutations are answered 503 until the day's window opens
 * @param metrics  the Prometheus scrape at {@code /metrics} and {@code /metrics/prometheus}
 * @param journal  whether the input journal takes appends: while it does not (a full disk), mutations are
 *                 answered 503 before they reach the ring
 * @param backtests the latest OFF-HOURS backtest, for {@code /backtest} and {@code /api/backtest/latest}
 */
public record RouteServices(AuditQueries audit, Executor queries, BackfillApi backfill, GrokStage grok,
                            BooleanSupplier playingHistory, MetricsScrape metrics, JournalHealth journal,
                            BacktestResults backtests, OptimiserSuggestions suggestions) {

    /** Without backtests yet (a server of routes alone, in tests). */
    public RouteServices(AuditQueries audit, Executor queries, BackfillApi backfill, GrokStage grok,
                         BooleanSupplier playingHistory, MetricsScrape metrics, JournalHealth journal) {
        this(audit, queries, backfill, grok, playingHistory, metrics, journal, new BacktestResults(),
                OptimiserSuggestions.NONE);
    }

    public RouteServices(AuditQueries audit, Executor queries, BackfillApi backfill, GrokStage grok) {
        this(audit, queries, backfill, grok, () -> false, MetricsScrape.NONE);
    }

    /** With a journal that never fails (a server of routes alone, in tests). */
    public RouteServices(AuditQueries audit, Executor queries, BackfillApi backfill, GrokStage grok,
                         BooleanSupplier playingHistory, MetricsScrape metrics) {
        this(audit, queries, backfill, grok, playingHistory, metrics, new JournalHealth());
    }

    /** No database, no backfill, no co-pilot panel. */
    public static RouteServices none() {
        return new RouteServices(null, Runnable::run, BackfillApi.notConfigured(), null);
    }
}
