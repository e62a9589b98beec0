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
 * The most recent risk events (checks, trades, standing-verdict changes, bridge verdicts) for
 * {@code GET /risk/history}: filled from the output journal at start, then fed by it. A lock-free deque,
 * so the engine thread that emits never waits on a reader.
 *
 * <p>A bridge verdict that says the same as the last one kept (same blocks, warnings, daily P&L and open
 * positions) is left out: NinjaTrader posts every few seconds, and 720 identical rows an hour would push
 * the checks and trades the trader looks for out of the {@value #CAPACITY} kept. Every verdict is still
 * in the output journal and the Postgres audit trail ({@code /audit/risk}).
 */
public final class RiskHistory implements DerivedEventSink {
    public static final int CAPACITY = 500;
    private final ConcurrentLinkedDeque<RiskEventView> events = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final RiskRules rules;
    /** The last bridge verdict kept; touched only by the emitting thread. */
    private int lastBlocks = -1;
    private int lastWarnings;
    private long lastDailyPnl;
    private long lastOpen;

    /** {@code rules}: the limits the events' reasons and warnings name. */
    public RiskHistory(RiskRules rules) {
        this.rules = rules;
    }

    @Override
    public void emit(DerivedEvent event) {
        if (RiskEventView.isRiskEvent(event.type) && !repeatsLastBridgeVerdict(event)) {
            events.addLast(RiskEventView.of(event, rules));
            if (size.incrementAndGet() > CAPACITY && events.pollFirst() != null) {
                size.decrementAndGet();
            }
        }
    }

    private boolean repeatsLastBridgeVerdict(DerivedEvent event) {
        if (event.type != DerivedEvent.BRIDGE_VERDICT) {
            return false;
        }
        boolean same = event.blocks == lastBlocks && event.warnings == lastWarnings
                && event.amountCents == lastDailyPnl && event.quantity == lastOpen;
        lastBlocks = event.blocks;
        lastWarnings = event.warnings;
        lastDailyPnl = event.amountCents;
        lastOpen = event.quantity;
        return same;
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
