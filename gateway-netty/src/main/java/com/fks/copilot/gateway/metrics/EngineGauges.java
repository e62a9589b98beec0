package com.fks.copilot.gateway.metrics;

import com.fks.copilot.engine.event.EventType;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.session.SessionMode;
import com.fks.copilot.engine.state.EngineStatus;
import com.fks.copilot.engine.state.FocusState;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

/** The ring, the engine, the journals and the trading state, read at scrape time: nothing here runs on the ring. */
final class EngineGauges {
    private static final byte[] TYPES = {EventType.TICK, EventType.CLOCK, EventType.POSITION, EventType.FILL,
            EventType.RISK_CHECK, EventType.TRADE_OPEN, EventType.TRADE_CLOSE, EventType.GROK_SUMMARY,
            EventType.AUDIT_NOTE, EventType.EXECUTION, EventType.BACKTEST};

    private EngineGauges() {
    }

    static void register(PrometheusRegistry registry, MetricSources sources) {
        ring(registry, sources);
        journals(registry, sources);
        trading(registry, sources);
    }

    private static void ring(PrometheusRegistry registry, MetricSources sources) {
        CounterWithCallback.builder().name("ring_events_total").help("Input events the engine applied, by type")
                .labelNames("type").callback(cb -> {
                    for (byte type : TYPES) {
                        cb.call(sources.ring().events(type), EventType.name(type));
                    }
                }).register(registry);
        CounterWithCallback.builder().name("ring_failures_total").help("Events a ring stage failed on (logged, skipped)")
                .callback(cb -> cb.call(sources.ringFailures().getAsLong())).register(registry);
        GaugeWithCallback.builder().name("ring_remaining_capacity").help("Free ring slots: how far the stages may fall behind")
                .callback(cb -> cb.call(sources.ringCapacity().getAsLong())).register(registry);
        registry.register(new LatencyHistogram("engine_apply_duration_seconds",
                "Time from an event entering the ring to the engine having applied it", sources.ring().apply()));
        registry.register(new LatencyHistogram("engine_publish_duration_seconds",
                "Time from a trade applied to its price frame queued for the browsers", sources.publishLatency()));
        GaugeWithCallback.builder().name("engine_last_refresh_epoch_seconds")
                .help("Wall time the engine last applied and persisted a batch of events")
                .callback(cb -> cb.call(sources.ring().lastBatchEpochMillis() / 1000.0)).register(registry);
    }

    private static void journals(PrometheusRegistry registry, MetricSources sources) {
        GaugeWithCallback.builder().name("journal_input_index").help("Index of the last event in the input journal (-1 = empty)")
                .callback(cb -> cb.call(sources.inputIndex().getAsLong())).register(registry);
        GaugeWithCallback.builder().name("journal_output_index").help("Index of the last event in the output journal (-1 = empty)")
                .callback(cb -> cb.call(sources.outputIndex().getAsLong())).register(registry);
        GaugeWithCallback.builder().name("journal_append_failing")
                .help("1 while the input journal cannot be written (disk full?): the feed is paused and mutations get 503")
                .callback(cb -> cb.call(sources.journal().failing() ? 1 : 0)).register(registry);
        CounterWithCallback.builder().name("journal_append_failures_total").help("Input-journal appends that failed (never applied)")
                .callback(cb -> cb.call(sources.journal().failures())).register(registry);
    }

    private static void trading(PrometheusRegistry registry, MetricSources sources) {
        GaugeWithCallback.builder().name("session_active").help("1 while the engine's session is ACTIVE (03:00-12:00 ET)")
                .callback(cb -> cb.call(activeSession(sources.state().status()) ? 1 : 0)).register(registry);
        GaugeWithCallback.builder().name("focus_quality").help("Signal quality of each contract's plan, percent (skip below 55)")
                .labelNames("symbol").callback(cb -> {
                    for (int i = 0; i < Instruments.count(); i++) {
                        FocusState focus = sources.state().focus(i);
                        if (focus != null && !Double.isNaN(focus.quality)) {
                            cb.call(focus.quality * 100, Instruments.byIndex(i).symbol());
                        }
                    }
                }).register(registry);
        GaugeWithCallback.builder().name("positions_open").help("Contracts with a broker position or an open journaled trade")
                .callback(cb -> cb.call(sources.state().openPositions(sources.rules()))).register(registry);
        GaugeWithCallback.builder().name("daily_pnl_dollars").help("Today's realized P&L as the risk rules count it, dollars")
                .callback(cb -> cb.call(sources.state().risk().realizedCents / 100.0)).register(registry);
    }

    private static boolean activeSession(EngineStatus status) {
        return status.sessionMode == SessionMode.ACTIVE.ordinal();
    }
}
