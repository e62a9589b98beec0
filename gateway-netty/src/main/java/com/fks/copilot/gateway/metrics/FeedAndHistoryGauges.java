package com.fks.copilot.gateway.metrics;

import com.fks.copilot.journal.drain.DrainLag;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.util.List;
import java.util.Locale;

/** The market feed, the dashboard streams, and (with a database) the Postgres drain, read at scrape time. */
final class FeedAndHistoryGauges {
    private FeedAndHistoryGauges() {
    }

    static void register(PrometheusRegistry registry, MetricSources sources) {
        feed(registry, sources);
        sse(registry, sources);
        if (sources.drainLag() != null) {
            history(registry, sources);
        }
    }

    private static void feed(PrometheusRegistry registry, MetricSources sources) {
        GaugeWithCallback.builder().name("feed_connected").help("1 while the market source delivers (the demo playing, Massive connected)")
                .callback(cb -> cb.call(sources.feed().get().connected() ? 1 : 0)).register(registry);
        CounterWithCallback.builder().name("feed_reconnects_total").help("Reconnects of the live feed")
                .callback(cb -> cb.call(sources.feed().get().reconnects())).register(registry);
        CounterWithCallback.builder().name("feed_gap_fill_bars_total").help("Missed minutes filled from REST aggregates after reconnects")
                .callback(cb -> cb.call(sources.feed().get().gapFillBars())).register(registry);
        GaugeWithCallback.builder().name("feed_last_message_age_seconds").help("Seconds since the feed last delivered anything")
                .callback(cb -> {
                    double age = sources.feed().get().lastMessageAgeSeconds();
                    if (!Double.isNaN(age)) {
                        cb.call(age);
                    }
                }).register(registry);
    }

    private static void sse(PrometheusRegistry registry, MetricSources sources) {
        GaugeWithCallback.builder().name("sse_connections_active").help("Open dashboard streams")
                .callback(cb -> cb.call(sources.hub().clients())).register(registry);
        CounterWithCallback.builder().name("sse_events_total").help("SSE frames sent out, by event (once per frame, not per client)")
                .labelNames("event").callback(cb -> sources.hub().events().forEach((event, count) -> cb.call(count, event)))
                .register(registry);
        CounterWithCallback.builder().name("sse_clients_dropped_total").help("Dashboard streams dropped for not draining")
                .callback(cb -> cb.call(sources.hub().dropped())).register(registry);
    }

    private static void history(PrometheusRegistry registry, MetricSources sources) {
        GaugeWithCallback.builder().name("postgres_up").help("1 while every journal's drain reaches PostgreSQL")
                .callback(cb -> cb.call(sources.drainLag().get().stream().allMatch(DrainLag::connected) ? 1 : 0))
                .register(registry);
        GaugeWithCallback.builder().name("drain_lag_events").help("Journaled events not yet in PostgreSQL, by journal")
                .labelNames("journal").callback(cb -> each(sources, (lag, journal) -> cb.call(lag.lagEvents(), journal)))
                .register(registry);
        GaugeWithCallback.builder().name("drain_lag_seconds").help("How long the drain has not been caught up, by journal")
                .labelNames("journal").callback(cb -> each(sources, (lag, journal) -> cb.call(lag.lagSeconds(), journal)))
                .register(registry);
    }

    private static void each(MetricSources sources, java.util.function.BiConsumer<DrainLag, String> reading) {
        List<DrainLag> lags = sources.drainLag().get();
        for (DrainLag lag : lags) {
            reading.accept(lag, lag.queue().toLowerCase(Locale.ROOT));
        }
    }
}
