package com.fks.copilot.gateway.sse;

import com.fks.copilot.engine.market.Instruments;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ObjLongConsumer;

/**
 * How many frames of each SSE event the hub sent out (once per frame, not per client), for monitoring.
 * A live price is counted in a slot per contract (the hot path: one ordered store, no lookup); other
 * events by name, whose set is the code's own event names, so it stays small.
 */
public final class SseEventCounts {
    private final AtomicLongArray prices = new AtomicLongArray(Instruments.count());
    private final Map<String, LongAdder> byName = new ConcurrentHashMap<>();

    /** The ring's publisher thread only. */
    void price(int instrument) {
        prices.lazySet(instrument, prices.get(instrument) + 1);
    }

    /** Any thread. */
    void event(String name) {
        LongAdder count = byName.get(name);
        if (count == null) {
            count = byName.computeIfAbsent(name, n -> new LongAdder());
        }
        count.increment();
    }

    /** Every event name with its count so far. */
    public void forEach(ObjLongConsumer<String> each) {
        for (int i = 0; i < prices.length(); i++) {
            each.accept(PriceFrame.eventName(Instruments.byIndex(i)), prices.get(i));
        }
        byName.forEach((name, count) -> each.accept(name, count.sum()));
    }
}
