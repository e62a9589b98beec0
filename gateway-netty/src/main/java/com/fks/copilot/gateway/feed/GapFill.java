package com.fks.copilot.gateway.feed;

import com.fks.copilot.gateway.massive.AggregateBar;

import java.util.List;
import java.util.function.Consumer;

/** Fetches the 1-minute bars a ticker traded in a window the live feed missed. */
public interface GapFill {
    /**
     * Asks for the bars of {@code ticker} with a window start in [fromNanos, toNanos) (epoch nanos) and
     * hands them, oldest first, to {@code done} on the feed's event loop; an empty list when none could be had.
     */
    void request(String ticker, long fromNanos, long toNanos, Consumer<List<AggregateBar>> done);
}
