package com.fks.copilot.gateway.bridge;

import com.fks.copilot.engine.output.DerivedEvent;
import com.fks.copilot.engine.output.DerivedEventSink;
import com.fks.copilot.engine.risk.RiskRules;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The most recent risk events (checks, trades, standing-verdict changes) for {@code GET /risk/history}:
 * filled from the output journal at start, then fed by it. A lock-free deque, so the engine thread
 * that emits never waits on a reader.
 */
public final class RiskHistory implements DerivedEventSink {
    public static final int CAPACITY = 500;
    private final ConcurrentLinkedDeque<RiskEventView> events = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final RiskRules rules;

    /** {@code rules}: the limits the events' reasons and warnings name. */
    public RiskHistory(RiskRules rules) {
        this.rules = rules;
    }

    @Override
    public void emit(DerivedEvent event) {
        if (RiskEventView.isRiskEvent(event.type)) {
            events.addLast(RiskEventView.of(event, rules));
            if (size.incrementAndGet() > CAPACITY && events.pollFirst() != null) {
                size.decrementAndGet();
            }
        }
    }

    /** Newest first, at most {@code limit}. */
    public List<RiskEventView> recent(int limit) {
        List<RiskEventView> newest = new ArrayList<>(Math.min(limit, CAPACITY));
        Iterator<RiskEventView> it = events.descendingIterator();
        while (it.hasNext() && newest.size() < limit) {
            newest.add(it.next());
        }
        return newest;
    }
}
