package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.risk.RiskRules;
import com.fks.copilot.gateway.views.Alert;
import com.fks.copilot.gateway.views.AlertsPanel;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The last {@value #CAPACITY} alerts: filled from the output journal at start, then fed by it on the
 * engine thread. A lock-free deque, so the engine never waits on a reader; the dashboard stage
 * learns through {@link #takeChanged()} that it should push the panel, so the SSE write happens on
 * the gateway's ring thread and not the engine's. Only alerts are kept (a few a day), never bars or
 * ticks, so the engine allocates here only when something noteworthy happened.
 */
public final class AlertLog implements DerivedEventSink {
    public static final int CAPACITY = 50;
    private final ConcurrentLinkedDeque<Alert> alerts = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean changed = new AtomicBoolean();
    private final RiskRules rules;

    /** {@code rules}: the limits the risk alerts name. */
    public AlertLog(RiskRules rules) {
        this.rules = rules;
    }

    @Override
    public void emit(DerivedEvent event) {
        Alert.of(event, rules).ifPresent(this::add);
    }

    private void add(Alert alert) {
        alerts.addLast(alert);
        if (size.incrementAndGet() > CAPACITY && alerts.pollFirst() != null) {
            size.decrementAndGet();
        }
        changed.set(true);
    }

    /** True once after new alerts arrived; the caller then pushes the panel. */
    public boolean takeChanged() {
        return changed.get() && changed.compareAndSet(true, false);
    }

    /** The panel: newest first. */
    public AlertsPanel panel() {
        List<Alert> newest = new ArrayList<>(CAPACITY);
        Iterator<Alert> it = alerts.descendingIterator();
        while (it.hasNext() && newest.size() < CAPACITY) {
            newest.add(it.next());
        }
        return new AlertsPanel(newest);
    }
}
