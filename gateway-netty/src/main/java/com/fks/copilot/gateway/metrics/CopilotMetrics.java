package com.fks.copilot.gateway.metrics;

import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.gateway.http.HttpObserver;
import com.fks.copilot.gateway.http.MetricsScrape;
import com.fks.copilot.gateway.http.StartupRecovery;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The app's Prometheus registry (its own, not the client's global one, so two apps in one JVM — the
 * tests — each count their own). Counters the edge and the engine thread increment are bound up front;
 * everything else is read from its owner when Prometheus scrapes.
 */
public final class CopilotMetrics implements MetricsScrape {
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final ExpositionFormats formats = ExpositionFormats.init();
    private final HttpMetrics http;
    private final TradingCounts trading;

    public CopilotMetrics(MetricSources sources) {
        http = new HttpMetrics(registry);
        trading = new TradingCounts(registry);
        EngineGauges.register(registry, sources);
        FeedAndHistoryGauges.register(registry, sources);
        JvmMetrics.builder().register(registry);
    }

    /**
     * How this process started: {@code recovery_after_crash}, {@code recovery_events_replayed},
     * {@code recovery_duration_seconds}, {@code recovery_from_snapshot}.
     */
    public CopilotMetrics startedAfter(StartupRecovery recovery) {
        GaugeWithCallback.builder().name("recovery_after_crash").help("1 when the last run did not stop cleanly and state was recovered")
                .callback(cb -> cb.call(recovery.afterCrash() ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("recovery_events_replayed").help("Journaled events re-applied at start")
                .callback(cb -> cb.call(recovery.eventsReplayed())).register(registry);
        GaugeWithCallback.builder().name("recovery_duration_seconds").help("Opening the state and re-applying the journal at start")
                .callback(cb -> cb.call(recovery.durationMillis() / 1000.0)).register(registry);
        GaugeWithCallback.builder().name("recovery_from_snapshot")
                .help("1 when a crash had left the state torn and it was restored from an end-of-day snapshot")
                .callback(cb -> cb.call(recovery.fromSnapshot() ? 1 : 0)).register(registry);
        return this;
    }

    /** For the HTTP server: requests answered and rate-limited. */
    public HttpObserver http() {
        return http;
    }

    /** For the output journal: the engine's risk checks, breakouts and no-trade conditions as they are journaled. */
    public DerivedEventSink trading() {
        return trading;
    }

    @Override
    public Scraped scrape(String accept) {
        ExpositionFormatWriter writer = formats.findWriter(accept);
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scraped(writer.getContentType(), out.toByteArray());
    }
}
