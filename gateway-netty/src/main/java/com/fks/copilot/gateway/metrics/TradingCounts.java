package com.fks.copilot.gateway.metrics;

import com.fks.copilot.engine.event.EngineEvent;
import com.fks.copilot.engine.market.Instruments;
import com.fks.copilot.engine.notrade.NoTradeReason;
import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;

import java.util.Locale;

/**
 * Counts the engine's trading decisions as it journals them: risk checks by result, opening-range
 * breakouts by contract and direction, no-trade conditions as they come on. Runs on the engine thread
 * (an output-journal listener), so every label child is bound up front: an increment is one add.
 *
 * <p>Results: {@code allowed} (no rule blocks), {@code blocked} (a check a rule blocks, or a trade
 * refused), {@code advisory} (a trade opened although a rule blocked it: enforcement off, the seed's
 * advisory warning).
 */
final class TradingCounts implements DerivedEventSink {
    private final CounterDataPoint allowed;
    private final CounterDataPoint blocked;
    private final CounterDataPoint advisory;
    private final CounterDataPoint[] longBreakouts = new CounterDataPoint[Instruments.count()];
    private final CounterDataPoint[] shortBreakouts = new CounterDataPoint[Instruments.count()];
    private final CounterDataPoint[] noTrade = new CounterDataPoint[NoTradeReason.values().length];
    /** The no-trade mask last journaled: a condition counts when it comes on, not while it stays. */
    private int lastNoTradeMask;

    TradingCounts(PrometheusRegistry registry) {
        Counter checks = Counter.builder().name("risk_checks_total")
                .help("Pre-flight risk checks and trade opens decided by the engine, by result")
                .labelNames("result").withoutExemplars().register(registry);
        allowed = checks.labelValues("allowed");
        blocked = checks.labelValues("blocked");
        advisory = checks.labelValues("advisory");
        Counter orb = Counter.builder().name("orb_detections_total").help("Opening-range breakouts, by contract and direction")
                .labelNames("symbol", "direction").withoutExemplars().register(registry);
        for (int i = 0; i < longBreakouts.length; i++) {
            String symbol = Instruments.byIndex(i).symbol();
            longBreakouts[i] = orb.labelValues(symbol, "long");
            shortBreakouts[i] = orb.labelValues(symbol, "short");
        }
        Counter conditions = Counter.builder().name("no_trade_alerts_total")
                .help("No-trade conditions coming on, by condition").labelNames("condition").withoutExemplars().register(registry);
        for (NoTradeReason reason : NoTradeReason.values()) {
            noTrade[reason.ordinal()] = conditions.labelValues(reason.name().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public void emit(DerivedEvent event) {
        switch (event.type) {
            case DerivedEvent.RISK_CHECKED -> (event.blocks == 0 ? allowed : blocked).inc();
            case DerivedEvent.TRADE_OPENED -> (event.blocks == 0 ? allowed : advisory).inc();
            case DerivedEvent.TRADE_REFUSED -> blocked.inc();
            case DerivedEvent.ORB_BREAKOUT -> breakout(event);
            case DerivedEvent.NO_TRADE_CHANGED -> noTradeChanged(event.blocks);
            default -> {
            }
        }
    }

    private void breakout(DerivedEvent event) {
        if (event.instrument >= 0 && event.instrument < longBreakouts.length) {
            (event.side == EngineEvent.SIDE_SHORT ? shortBreakouts : longBreakouts)[event.instrument].inc();
        }
    }

    private void noTradeChanged(int mask) {
        int cameOn = mask & ~lastNoTradeMask;
        lastNoTradeMask = mask;
        for (NoTradeReason reason : NoTradeReason.values()) {
            if (reason.firedIn(cameOn)) {
                noTrade[reason.ordinal()].inc();
            }
        }
    }
}
